using RoadmapBot.Core.Commands;
using RoadmapBot.Discord.Client.Models;
using RoadmapBot.Discord.Interactions;

namespace RoadmapBot.Discord.Rendering;

/// <summary>
/// Who sees a reply in a guild channel. Public: what the channel holds each other accountable for. Everything else
/// (answers personal to the asker, and any verb added later until it is listed here) is ephemeral. DMs are private anyway.
/// </summary>
public static class Visibility
{
    private static readonly Dictionary<string, string> Public = new()
    {
        ["done"] = "progress the group should see",
        ["doing"] = "progress the group should see",
        ["blocked"] = "teammates may be able to unblock it",
        ["todo"] = "a correction of shared progress",
        ["skip"] = "a change to shared progress",
        ["log"] = "metric logs are the accountability",
        ["check"] = "a ticked habit is the accountability",
        ["proof"] = "the proof is for the others",
        ["note"] = "notes on items help the others",
        ["progress"] = "a progress summary is shared on purpose",
        ["board"] = "the leaderboard is the group's",
        ["phase"] = "the group's phase and its exit criteria",
        ["week"] = "the week's numbers against the shared targets",
        ["streak"] = "streaks are a public motivator",
        ["import"] = "everyone should know the roadmap changed",
        ["plan"] = "everyone should know the schedule moved",
    };

    public static bool IsPublic(string verb) => Public.ContainsKey(verb);

    /// <summary>Whether answers to <paramref name="interaction"/> about <paramref name="verb"/> are only for the member.</summary>
    public static bool IsEphemeral(Interaction interaction, string verb) => InteractionTranslator.IsGuild(interaction) && !IsPublic(verb);

    /// <summary>The same decision before the engine ran, for the watchdog's deferral (its later answer keeps that visibility).</summary>
    public static bool IsEphemeral(Interaction interaction) => IsEphemeral(interaction, VerbOf(interaction));

    private static string VerbOf(Interaction interaction) => interaction.Type switch
    {
        InteractionType.ApplicationCommand => interaction.CommandName ?? "",
        // Someone else's button gets a toast only the presser sees.
        InteractionType.MessageComponent when CustomIds.Decode(interaction.CustomId) is CustomAction.Command(var text, var owner)
            => owner is null || owner == InteractionTranslator.UserId(interaction) ? CommandLine.Parse(text)?.Verb ?? "" : "",
        _ => "",
    };
}
