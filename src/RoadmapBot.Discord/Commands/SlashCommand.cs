using RoadmapBot.Core.Commands;
using RoadmapBot.Discord.Client.Models;

namespace RoadmapBot.Discord.Commands;

/// <summary>A slash command for one engine verb: its options, and whether only Manage Server members see it in guilds.</summary>
public sealed record SlashCommand(string Verb, IReadOnlyList<SlashOption> Options, bool AdminOnly = false)
{
    public const int MaxDescription = 100;

    /// <summary>Manage Server (1 &lt;&lt; 5), as Discord's string bit set.</summary>
    public const string ManageServer = "32";

    public ApplicationCommand ToDiscord() => new(Verb, Describe(CommandCatalog.Find(Verb)?.Summary ?? Verb))
    {
        Options = Options.Select(o => o.ToDiscord()).ToList(),
        DefaultMemberPermissions = AdminOnly ? ManageServer : null,
    };

    public static string Describe(string text)
    {
        var line = text.Length == 0 ? "-" : char.ToUpperInvariant(text[0]) + text[1..];
        return line.Length <= MaxDescription ? line : line[..(MaxDescription - 1)] + "…";
    }
}
