using RoadmapBot.Core.Commands;

namespace RoadmapBot.Core.Progress;

/// <summary>The roadmap's metrics, and forgiving lookup: "sql", "SQL problems" and "sql_problems" are one metric.</summary>
public static class Metrics
{
    public static IReadOnlyList<MetricInfo> Of(RoadmapView view, DateOnly? today = null)
    {
        var phase = today is { } d ? Phases.Current(view, d)?.Key : null;
        var weekly = view.Extras.WeeklyTargets.Where(t => t.PhaseKey is null || t.PhaseKey == phase).ToList();
        var fromHabits = view.Habits.Select(h => new MetricInfo(h.Metric, h.Title, h.Unit, h,
            weekly.FirstOrDefault(t => Same(t.Metric, h.Metric))?.Target));
        var fromTargets = weekly.Where(t => !view.Habits.Any(h => Same(h.Metric, t.Metric)))
            .DistinctBy(t => Normalize(t.Metric))
            .Select(t => new MetricInfo(t.Metric, t.Title, t.Unit, null, t.Target));
        return fromHabits.Concat(fromTargets).DistinctBy(m => Normalize(m.Key)).ToList();
    }

    /// <summary>Every metric the member could be seen with: the habits, every phase's weekly targets, and whatever they logged.</summary>
    public static IReadOnlyList<MetricInfo> Shareable(RoadmapView view, IEnumerable<string> logged) =>
        Of(view)
            .Concat(view.Extras.WeeklyTargets.Select(t => new MetricInfo(t.Metric, t.Title, t.Unit, null, null)))
            .Concat(logged.Select(m => new MetricInfo(m, m, "", null, null)))
            .DistinctBy(m => Normalize(m.Key))
            .ToList();

    public static MetricInfo? Resolve(string name, IReadOnlyList<MetricInfo> metrics)
    {
        var n = Normalize(name);
        if (n.Length == 0)
            return null;
        var exact = metrics.Where(m => Aliases(m, metrics).Contains(n) || Aliases(m, metrics).Contains(n.TrimEnd('s'))).ToList();
        if (exact.Count == 1)
            return exact[0];
        var prefix = metrics.Where(m => Normalize(m.Key) is var k && k.Length > 0 && n.Length >= 3 && k.StartsWith(n)).ToList();
        return prefix.Count == 1 ? prefix[0] : null;
    }

    public static string Normalize(string name) =>
        string.Concat(name.Where(char.IsLetterOrDigit)).ToLowerInvariant();

    private static bool Same(string a, string b) => Normalize(a) == Normalize(b);

    private static HashSet<string> Aliases(MetricInfo m, IReadOnlyList<MetricInfo> all)
    {
        var aliases = new HashSet<string> { Normalize(m.Key), Normalize(m.Key + m.Unit), Normalize(m.Title) };
        aliases.Add(Normalize(m.Key).TrimEnd('s'));
        // A unit names the metric only when no other metric shares it ("hours" for project work).
        if (m.Unit.Length > 0 && all.Count(o => Same(o.Unit, m.Unit)) == 1)
        {
            aliases.Add(Normalize(m.Unit));
            aliases.Add(Normalize(m.Unit).TrimEnd('s'));
        }
        aliases.Remove("");
        return aliases;
    }
}
