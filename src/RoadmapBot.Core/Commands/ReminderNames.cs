using System.Globalization;
using RoadmapBot.Core.Scheduling;

namespace RoadmapBot.Core.Commands;

/// <summary>Reminder kinds as members type and read them, and instants shown in a member's zone.</summary>
public static class ReminderNames
{
    /// <summary>The names /remind takes, as /help lists them.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["kickoff", "checkin", "review", "nudge", "agenda", "digest"];

    public static ReminderKind? Parse(string word) => word.ToLowerInvariant() switch
    {
        "kickoff" or "morning" => ReminderKind.Kickoff,
        "checkin" or "check-in" or "evening" => ReminderKind.Checkin,
        "review" => ReminderKind.Review,
        "digest" => ReminderKind.Digest,
        "nudge" or "nudges" => ReminderKind.Nudge,
        "agenda" => ReminderKind.Agenda,
        _ => null,
    };

    public static string Show(ReminderKind kind) => kind == ReminderKind.Checkin ? "check-in" : ReminderPlanner.Name(kind);

    public static string When(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture);
}
