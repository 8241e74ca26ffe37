using RoadmapBot.Core.Data;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Commands.Plain;

/// <summary>What the bot knows about a member's words: the roadmap's metrics (names, units, synonyms), habits and items.</summary>
public sealed class PlainVocabulary
{
    // Everyday words for the metrics people track, by the canonical name MetricName gives a metric.
    private static readonly (string Metric, string[] Words)[] Synonyms =
    [
        ("sql", ["sql"]),
        ("reading", ["read", "reading", "readings"]),
        ("commits", ["commit", "commits", "committed", "pushed", "push"]),
        ("applications", ["applied", "apply", "application", "applications", "apps", "job", "jobs"]),
        ("connections", ["connection", "connections", "connected", "networked", "networking"]),
        ("project", ["project", "projects"]),
        ("update", ["update", "updates"]),
        ("interviews", ["interview", "interviews"]),
    ];

    private static readonly string[] TimeWords = ["h", "hr", "hrs", "hour", "hours", "m", "min", "mins", "minute", "minutes", "half"];
    private static readonly string[] DayWords =
        ["yesterday", "today", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "ago", "january", "february"];

    private readonly Dictionary<string, (MetricInfo Metric, bool Certain)> _words = new(StringComparer.Ordinal);

    private PlainVocabulary(RoadmapView view, IReadOnlyList<MetricInfo> metrics)
    {
        View = view;
        Metrics = metrics;
        foreach (var metric in metrics)
        {
            var key = Progress.Metrics.Normalize(metric.Key);
            Add(key, metric, true);
            Add(key.TrimEnd('s'), metric, true);
            // A unit names the metric when no other metric counts in it ("problems" is sql); a time unit only with a question.
            if (metric.Unit.Length > 0 && metrics.Count(o => o.Unit.Equals(metric.Unit, StringComparison.OrdinalIgnoreCase)) == 1)
            {
                var unit = metric.Unit.ToLowerInvariant();
                Add(unit, metric, !metric.IsTime);
                Add(unit.TrimEnd('s'), metric, !metric.IsTime);
            }
        }
        foreach (var (name, words) in Synonyms)
        {
            var metric = metrics.FirstOrDefault(m => Progress.Metrics.Normalize(m.Key) == name || MetricName.FromPhrase(m.Title) == name)
                ?? new MetricInfo(name, name, "", null, null);
            foreach (var word in words)
                Add(word, metric, metrics.Contains(metric));
        }
        Known = new HashSet<string>(_words.Keys
            .Concat(PlainWords.Status.Keys).Concat(PlainWords.Ticks).Concat(PlainWords.Numbers.Keys).Concat(TimeWords).Concat(DayWords)
            .Concat(["problems", "problem"])
            .Concat(view.Items.SelectMany(i => TitleWords(i.Title)).Where(w => w.Length >= 4)), StringComparer.Ordinal);
    }

    public RoadmapView View { get; }
    public IReadOnlyList<MetricInfo> Metrics { get; }

    /// <summary>Every word worth correcting a typo to.</summary>
    public IReadOnlySet<string> Known { get; }

    public static PlainVocabulary Of(RoadmapView view) =>
        new(view, Progress.Metrics.Shareable(view, []));

    /// <summary>The metric a word names, and whether it names it for sure; null when it names none.</summary>
    public (MetricInfo Metric, bool Certain)? Metric(string word) => _words.TryGetValue(word, out var found) ? found : null;

    public static IEnumerable<string> TitleWords(string title) =>
        title.ToLowerInvariant().Split([' ', '&', ',', '(', ')', ':', '/', '-', '.'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.All(char.IsLetterOrDigit) && !PlainWords.Filler.Contains(w));

    /// <summary>"pipelines" and "pipeline" are one word to a title match.</summary>
    public static string Stem(string word) => word.Length > 4 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;

    public StoredItem? Item(string key) => View.Find(key);

    private void Add(string word, MetricInfo metric, bool certain)
    {
        if (word.Length > 0)
            _words.TryAdd(word, (metric, certain));
    }
}
