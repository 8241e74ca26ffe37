using System.Globalization;

namespace RoadmapBot.Core.Import;

/// <summary>The last step for a dated plan (a diary of days): each rescheduled slot kept once on its new day, then one phase per week.</summary>
internal static class WeekGrouping
{
    /// <summary>Phases numbered from 1, one per Monday-to-Sunday week that holds items; <paramref name="dated"/> is left as it was.</summary>
    public static List<PhaseDraft> Of(IReadOnlyList<ItemDraft> dated, IReadOnlyList<Reschedule> reschedules, List<ImportWarning> warnings)
    {
        var items = dated.ToList();
        foreach (var moved in reschedules)
        {
            // Seed 004: a slot moved to another day is one item on its new day, not two.
            var target = items.FirstOrDefault(i => i.Date == moved.Date && SameTitle(i.Title, moved.Title));
            if (target is null)
            {
                target = new ItemDraft { Title = moved.Title, Line = moved.Line, Date = moved.Date, Start = moved.Start, End = moved.End };
                items.Add(target);
            }
            target.Notes = moved.From is { } from ? $"Rescheduled from {Day(from)}." : "Rescheduled.";
            warnings.Add(new ImportWarning(moved.Line,
                $"'{moved.Title}' was rescheduled to {Day(moved.Date)}; kept once, on its new day (line {target.Line})."));
        }
        var weeks = items.OrderBy(i => i.Date).ThenBy(i => i.Start).GroupBy(i => Monday(i.Date!.Value)).ToList();
        return weeks.Select((week, n) =>
        {
            var phase = new PhaseDraft(n + 1, $"Week of {week.Key.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}", week.Min(i => i.Line))
            {
                Start = week.Key,
                End = week.Key.AddDays(6),
            };
            phase.Items.AddRange(week);
            return phase;
        }).ToList();
    }

    private static string Day(DateOnly date) => date.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);

    private static bool SameTitle(string a, string b) => string.Equals(a.Trim().TrimEnd('.'), b.Trim().TrimEnd('.'), StringComparison.OrdinalIgnoreCase);

    private static DateOnly Monday(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
}
