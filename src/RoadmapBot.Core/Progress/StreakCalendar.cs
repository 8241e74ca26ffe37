namespace RoadmapBot.Core.Progress;

/// <summary>How one day counts for a streak; <see cref="Open"/> is today, before anything is done.</summary>
public enum DayState { Missed, Met, Rest, Frozen, Open }

public sealed record StreakDay(DateOnly Date, DayState State);

/// <summary>
/// A streak day by day, from the first day anything was done to today: what /streak and the calendar heatmap read.
/// A rest day neither breaks nor extends it (showing up anyway still counts); a missed day while a streak runs
/// takes one of that month's freezes while any are left; today stays open until something is done.
/// </summary>
public sealed record StreakCalendar(IReadOnlyList<StreakDay> Days, int Current, int Best, int FreezesLeft)
{
    /// <summary>A day's state; days before the first activity (or after today) count as missed.</summary>
    public DayState StateOn(DateOnly day) =>
        Days.Count > 0 && day.DayNumber - Days[0].Date.DayNumber is var i && i >= 0 && i < Days.Count ? Days[i].State : DayState.Missed;

    /// <summary>The days a freeze covered in the month of <paramref name="day"/>.</summary>
    public IReadOnlyList<DateOnly> FrozenInMonthOf(DateOnly day) =>
        Days.Where(d => d.State == DayState.Frozen && d.Date.Year == day.Year && d.Date.Month == day.Month).Select(d => d.Date).ToList();

    public static StreakCalendar Compute(Func<DateOnly, bool> met, StreakRules rules, DateOnly? first, DateOnly today)
    {
        var days = new List<StreakDay>();
        var frozen = new Dictionary<(int Year, int Month), int>();
        var (run, best) = (0, 0);
        for (var day = first ?? today.AddDays(1); day <= today; day = day.AddDays(1))
        {
            var month = (day.Year, day.Month);
            DayState state;
            if (met(day))
            {
                state = DayState.Met;
                best = Math.Max(best, ++run);
            }
            else if (rules.RestDays.Contains(day))
                state = DayState.Rest;
            else if (day == today)
                state = DayState.Open;
            else if (run > 0 && frozen.GetValueOrDefault(month) < rules.FreezesPerMonth)
            {
                state = DayState.Frozen;
                frozen[month] = frozen.GetValueOrDefault(month) + 1;
            }
            else
                (state, run) = (DayState.Missed, 0);
            days.Add(new StreakDay(day, state));
        }
        return new StreakCalendar(days, run, best, Math.Max(0, rules.FreezesPerMonth - frozen.GetValueOrDefault((today.Year, today.Month))));
    }
}
