using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoadmapBot.Discord.Client.Models;
using RoadmapBot.Discord.Client.Rest;

namespace RoadmapBot.Discord.Commands;

/// <summary>
/// Registers the slash commands globally with one bulk overwrite, only when Discord's set differs from ours. A registration
/// that fails at start-up is tried again in the background, the wait doubling from <see cref="FirstRetry"/> to <see cref="MaxRetry"/>.
/// </summary>
public sealed class CommandRegistrar(IDiscordRest rest, IOptions<DiscordOptions> options, TimeProvider time, ILogger<CommandRegistrar> logger)
{
    public static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan MaxRetry = TimeSpan.FromMinutes(30);

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

    /// <summary>
    /// One try: true once the commands are registered. Any failure but a rejected token (thrown: the app stops on it at
    /// start-up) is a warning, since the commands registered last time still work.
    /// </summary>
    public async Task<bool> TrySyncAsync(TimeSpan nextTry, CancellationToken ct)
    {
        try
        {
            await SyncAsync(ct);
            return true;
        }
        catch (Exception e) when (!DiscordErrors.IsUnauthorized(e) && !ct.IsCancellationRequested)
        {
            logger.LogWarning("Discord: could not register the slash commands ({Reason}); trying again in {Delay}",
                DiscordErrors.Describe(e, options.Value.Token), nextTry);
            return false;
        }
    }

    /// <summary>Tries again after a doubling wait until registered; ends quietly when the app stops or the token is rejected (already logged).</summary>
    public async Task RetryUntilRegisteredAsync(CancellationToken ct)
    {
        try
        {
            for (var delay = FirstRetry; ; delay = Min(delay * 2, MaxRetry))
            {
                await Task.Delay(delay, time, ct);
                if (await TrySyncAsync(Min(delay * 2, MaxRetry), ct)) return;
            }
        }
        catch (Exception e) when (e is OperationCanceledException && ct.IsCancellationRequested || DiscordErrors.IsUnauthorized(e))
        {
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

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
