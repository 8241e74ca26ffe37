using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoadmapBot.Discord.Client.Models;
using RoadmapBot.Discord.Client.Rest;

namespace RoadmapBot.Discord.Commands;

/// <summary>Registers the slash commands globally with one bulk overwrite, only when Discord's set differs from ours.</summary>
public sealed class CommandRegistrar(IDiscordRest rest, IOptions<DiscordOptions> options, ILogger<CommandRegistrar> logger)
{
    /// <summary>True when a PUT was sent.</summary>
    public async Task<bool> SyncAsync(CancellationToken ct)
    {
        var application = options.Value.Application;
        var ours = SlashCommands.ToDiscord();
        var theirs = await rest.GetGlobalCommandsAsync(application, ct);
        if (Normalize(theirs) == Normalize(ours))
        {
            logger.LogInformation("Discord: {Count} slash commands already registered", ours.Count);
            return false;
        }
        await rest.BulkOverwriteGlobalCommandsAsync(application, ours, ct);
        logger.LogInformation("Discord: registered {Count} slash commands", ours.Count);
        return true;
    }

    /// <summary>The parts we set, in a fixed order, as one string: equal strings mean nothing to change.</summary>
    public static string Normalize(IEnumerable<ApplicationCommand> commands) => JsonSerializer.Serialize(commands
        .OrderBy(c => c.Name, StringComparer.Ordinal)
        .Select(c => new
        {
            c.Name,
            c.Description,
            Permissions = c.DefaultMemberPermissions,
            Contexts = c.Contexts.Order().ToList(),
            Options = c.Options.Select(o => new
            {
                o.Type,
                o.Name,
                o.Description,
                o.Required,
                o.Autocomplete,
                Choices = o.Choices.Select(x => $"{x.Name}={x.Value}").ToList(),
            }).ToList(),
        }));
}
