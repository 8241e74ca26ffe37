namespace RoadmapBot.Core.Scheduling;

/// <summary>
/// Which occurrences of a local wall-clock schedule fall in an interval, in an IANA zone, DST-safe:
/// a time that does not exist that day fires at the first valid instant after it (02:30 → 03:00 in Berlin
/// in March); a time that exists twice fires once, at the first of the two instants.
/// </summary>
public static class OccurrenceCalculator
{
    /// <summary>Occurrences with <paramref name="after"/> &lt; instant ≤ <paramref name="until"/>, in order.</summary>
    public static IEnumerable<Occurrence> Between(WeeklyTime schedule, TimeZoneInfo zone, DateTimeOffset after, DateTimeOffset until)
    {
        var first = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(after, zone).DateTime).AddDays(-1);
        var last = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(until, zone).DateTime).AddDays(1);
        for (var date = first; date <= last; date = date.AddDays(1))
        {
            if (!schedule.FallsOn(date.DayOfWeek)) continue;
            var occurrence = new Occurrence(date, schedule.At, ToInstant(date.ToDateTime(schedule.At), zone));
            if (occurrence.Instant > after && occurrence.Instant <= until) yield return occurrence;
        }
    }

    /// <summary>The first occurrence after <paramref name="after"/>, looking up to eight days ahead.</summary>
    public static Occurrence? Next(WeeklyTime schedule, TimeZoneInfo zone, DateTimeOffset after) =>
        Between(schedule, zone, after, after.AddDays(8)).Cast<Occurrence?>().FirstOrDefault();

    /// <summary>The instant a local wall-clock time stands for in a zone.</summary>
    public static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
            local = local.AddMinutes(1);  // skipped by a spring-forward gap: move to the first valid minute
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }
}
