using System.Globalization;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Import;

internal sealed partial class RoadmapBuilder
{
    private Roadmap Finish()
    {
        if (outline.Mode == OutlineMode.Dated) GroupDatedItemsIntoWeeks();
        if (outline.Mode == OutlineMode.Headings) _phases.RemoveAll(p => p.Items.Count == 0);
        PlanCopies.KeepMostDetailed(_phases, warnings);

        var keys = new ItemKeys(warnings);
        foreach (var item in _phases.SelectMany(p => p.Items).SelectMany(Flatten)) keys.Reserve(item);
        var phases = _phases.Select(p => p.ToPhase(p.Items.Select(i => keys.Assign(i, p, null)).ToList())).ToList();
        if (phases.Sum(p => p.Items.Count) == 0) warnings.Add(new ImportWarning(0, "No tasks found: no checkbox, bullet or task table inside a phase."));

        var skills = _rhythm.Pillars.Count > 0
            ? _rhythm.Pillars.Select(Slug).ToList()
            : phases.SelectMany(p => p.Items).SelectMany(Item.SelfAndDescendants).SelectMany(i => i.Skills).Distinct().ToList();
        return new Roadmap
        {
            Title = outline.Title,
            Phases = phases,
            Habits = _rhythm.Habits,
            WeeklyTargets = _rhythm.WeeklyTargets,
            WeekdayThemes = _rhythm.WeekdayThemes,
            ReviewQuestions = _rhythm.ReviewQuestions,
            WeeklyChecklist = _rhythm.WeeklyChecklist,
            DefinitionOfDone = _rhythm.DefinitionOfDone,
            BusyWindows = _rhythm.BusyWindows,
            Skills = skills,
            BehindScheduleAdvice = _rhythm.Advice,
        };
    }

    private static IEnumerable<ItemDraft> Flatten(ItemDraft item) => item.Children.SelectMany(Flatten).Prepend(item);

    /// <summary>Seed 004: a slot moved to another day is one item on its new day, not two.</summary>
    private void GroupDatedItemsIntoWeeks()
    {
        foreach (var moved in _reschedules)
        {
            var target = _datedItems.FirstOrDefault(i => i.Date == moved.Date && SameTitle(i.Title, moved.Title));
            if (target is null)
            {
                target = new ItemDraft { Title = moved.Title, Line = moved.Line, Date = moved.Date, Start = moved.Start, End = moved.End };
                _datedItems.Add(target);
            }
            target.Notes = moved.From is { } from ? $"Rescheduled from {Day(from)}." : "Rescheduled.";
            warnings.Add(new ImportWarning(moved.Line,
                $"'{moved.Title}' was rescheduled to {Day(moved.Date)}; kept once, on its new day (line {target.Line})."));
        }
        var weeks = _datedItems.OrderBy(i => i.Date).ThenBy(i => i.Start).GroupBy(i => Monday(i.Date!.Value)).ToList();
        for (var n = 0; n < weeks.Count; n++)
        {
            var monday = weeks[n].Key;
            var phase = new PhaseDraft(n + 1, $"Week of {monday.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}", weeks[n].Min(i => i.Line))
            {
                Start = monday,
                End = monday.AddDays(6),
            };
            phase.Items.AddRange(weeks[n]);
            _phases.Add(phase);
        }
    }

    private static string Day(DateOnly date) => date.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);

    private static bool SameTitle(string a, string b) => string.Equals(a.Trim().TrimEnd('.'), b.Trim().TrimEnd('.'), StringComparison.OrdinalIgnoreCase);

    private static DateOnly Monday(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
}
