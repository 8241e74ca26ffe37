using RoadmapBot.Core.Data;

namespace RoadmapBot.Core.Progress;

/// <summary>
/// Where a member's days begin: midnight in their zone, or a later hour they chose (/daystart 04:00), so a log at
/// 01:30 still counts for the evening before. Compares wall-clock times, so DST changes move nothing.
/// </summary>
public sealed record MemberDay(TimeZoneInfo Zone, TimeOnly Start)
{
    public DateOnly Of(DateTimeOffset instant) => Of(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>The day a local wall-clock time belongs to.</summary>
    public DateOnly Of(DateTime local) =>
        TimeOnly.FromDateTime(local) < Start ? DateOnly.FromDateTime(local).AddDays(-1) : DateOnly.FromDateTime(local);

    public static MemberDay For(Member member, TimeZoneInfo zone) => new(zone, StartOf(member));

    /// <summary>The hour the member's day starts: what they chose with /daystart, else midnight.</summary>
    public static TimeOnly StartOf(Member member) => AccountabilitySettings.Parse(member.Settings).DayStart ?? TimeOnly.MinValue;
}
