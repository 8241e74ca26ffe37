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
}
