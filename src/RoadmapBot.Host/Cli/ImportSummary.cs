using System.Globalization;
using System.Text;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Import;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Host.Cli;

/// <summary>The human summary of <c>import</c>: what was understood, then every warning with its line.</summary>
public static class ImportSummary
{
    public static string Describe(ImportResult result)
    {
        var r = result.Roadmap;
        var items = r.AllItems().ToList();
        var sb = new StringBuilder();
        sb.AppendLine(r.Title);
        sb.AppendLine(CultureInfo.InvariantCulture, $"{Quantity.Of(r.Phases.Count, "phase")}, {Quantity.Of(items.Count, "item")} ({items.Count(i => i.Status == ItemStatus.Done)} done)");
        foreach (var p in r.Phases)
        {
            var span = p.Start is { } s ? $" ({s:yyyy-MM-dd} to {p.End?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "open"})"
                : p.FirstWeek is { } w ? (p.LastWeek == w ? $" (week {w})" : $" (weeks {w}-{p.LastWeek?.ToString(CultureInfo.InvariantCulture) ?? "…"})") : "";
            var keys = p.Items.Select(i => i.Key).ToList();
            var range = keys.Count == 0 ? "no items" : keys.Count == 1 ? keys[0] : $"{keys[0]} … {keys[^1]}";
            sb.AppendLine(CultureInfo.InvariantCulture, $"  {p.Key} {p.Title}{span}: {Quantity.Of(p.Items.SelectMany(Item.SelfAndDescendants).Count(), "item")} ({range})");
        }
        foreach (var h in r.Habits)
            sb.AppendLine(CultureInfo.InvariantCulture, $"habit {h.Key}: {h.Title} ({(h.Target is { } t ? $"{t} {h.Unit}" : "yes/no")} per {h.Period})");
        foreach (var t in r.WeeklyTargets)
            sb.AppendLine(CultureInfo.InvariantCulture, $"weekly target {t.Metric}: {t.Target} {t.Unit}{(t.PhaseKey is null ? "" : $" in {t.PhaseKey}")}");
        foreach (var t in r.WeekdayThemes)
            sb.AppendLine(CultureInfo.InvariantCulture, $"weekday theme {string.Join(", ", t.Days.Select(d => d.ToString()[..3]))}: {t.Title}");
        foreach (var b in r.BusyWindows)
            sb.AppendLine(CultureInfo.InvariantCulture, $"busy {b.Start:HH\\:mm}-{b.End:HH\\:mm} on {string.Join(", ", b.Days.Select(d => d.ToString()[..3]))}");
        if (r.ReviewQuestions.Count > 0) sb.AppendLine(CultureInfo.InvariantCulture, $"weekly review: {r.ReviewQuestions.Count} questions");
        if (r.WeeklyChecklist.Count > 0) sb.AppendLine(CultureInfo.InvariantCulture, $"weekly checklist: {r.WeeklyChecklist.Count} steps");
        if (r.DefinitionOfDone.Count > 0) sb.AppendLine(CultureInfo.InvariantCulture, $"definition of done: {r.DefinitionOfDone.Count} points");
        foreach (var w in result.Warnings)
            sb.AppendLine(w.Line > 0 ? $"warning: line {w.Line}: {w.Message}" : $"warning: {w.Message}");
        return sb.ToString().TrimEnd();
    }
}
