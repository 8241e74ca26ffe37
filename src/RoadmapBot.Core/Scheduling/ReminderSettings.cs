using System.Text.Json;
using System.Text.Json.Serialization;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Scheduling;

/// <summary>A member's schedule settings, stored as JSON in <c>Member.Settings</c>. Missing entries mean the defaults.</summary>
public sealed record ReminderSettings
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>Per-kind overrides of <see cref="ReminderDefaults"/> (kickoff, checkin, review, agenda, nudge).</summary>
    public Dictionary<ReminderKind, ScheduleSetting> Schedules { get; init; } = [];

    /// <summary>Quiet windows: a reminder due inside one is deferred to its end. Null means the roadmap's busy windows.</summary>
    public List<BusyWindow>? Quiet { get; init; }
    public DateOnly? PausedUntil { get; init; }

    /// <summary>In a group: true sends personal reminders in the group, false in the member's private chat.</summary>
    public bool DeliverHere { get; init; }

    /// <summary>With <see cref="DeliverHere"/>: the forum topic /remind to here was sent from, where they go; null for the group's main chat.</summary>
    public string? HereTopic { get; init; }

    /// <summary>When the member's schedules began; catch-up after downtime never reaches back before it.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>The platform said the member blocked the bot or left; nothing is sent until they write again.</summary>
    public bool Unreachable { get; init; }

    /// <summary>A snoozed reminder to send again at <see cref="SnoozedUntil"/>.</summary>
    public DateTimeOffset? SnoozedUntil { get; init; }
    public ReminderKind? SnoozedKind { get; init; }

    /// <summary>The outbox key of the reminder that was snoozed (an agenda reminder's names its item).</summary>
    public string? SnoozedKey { get; init; }

    /// <summary>The member's other settings in the same JSON (day start, rest days, private metrics), written back untouched.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Others { get; init; }

    public static ReminderSettings Parse(string? json) =>
        string.IsNullOrWhiteSpace(json) ? new() : JsonSerializer.Deserialize<ReminderSettings>(json, Json) ?? new();

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}

/// <summary>When one kind of reminder fires, or that it is switched off.</summary>
public sealed record ScheduleSetting(TimeOnly At, List<DayOfWeek> Days, bool Enabled = true)
{
    public WeeklyTime Time => new(At, Days);
}

/// <summary>A group space's own schedules (digest, review), stored as JSON in <c>Space.Settings</c>.</summary>
public sealed record SpaceReminderSettings
{
    public Dictionary<ReminderKind, ScheduleSetting> Schedules { get; init; } = [];
    public DateTimeOffset? Since { get; init; }

    /// <summary>The bot was removed from the group: nothing is sent there until it is added back.</summary>
    public bool BotAbsent { get; init; }

    public static SpaceReminderSettings Parse(string? json) =>
        string.IsNullOrWhiteSpace(json) ? new() : JsonSerializer.Deserialize<SpaceReminderSettings>(json, ReminderSettings.Json) ?? new();

    public string ToJson() => JsonSerializer.Serialize(this, ReminderSettings.Json);
}

/// <summary>The product's defaults: kickoff 08:00, check-in 20:00 daily, review Sunday 18:00, digest Monday 09:00.</summary>
public static class ReminderDefaults
{
    public static ScheduleSetting For(ReminderKind kind) => kind switch
    {
        ReminderKind.Kickoff => new(new TimeOnly(8, 0), [.. WeeklyTime.EveryDay]),
        ReminderKind.Checkin => new(new TimeOnly(20, 0), [.. WeeklyTime.EveryDay]),
        ReminderKind.Review => new(new TimeOnly(18, 0), [DayOfWeek.Sunday]),
        ReminderKind.Digest => new(new TimeOnly(9, 0), [DayOfWeek.Monday]),
        ReminderKind.Nudge => new(new TimeOnly(12, 0), [.. WeeklyTime.EveryDay]),
        _ => new(TimeOnly.MinValue, [.. WeeklyTime.EveryDay]),  // agenda follows each slot's own time
    };

    /// <summary>How late a missed occurrence may still be sent after downtime (marked late); older ones are skipped.</summary>
    public static TimeSpan Grace(ReminderKind kind) => kind switch
    {
        ReminderKind.Review or ReminderKind.Digest => TimeSpan.FromHours(24),
        ReminderKind.Agenda => TimeSpan.FromMinutes(30),
        _ => TimeSpan.FromHours(2),
    };
}
