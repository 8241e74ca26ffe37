namespace RoadmapBot.Core.Roadmaps;

/// <summary>One canonical name per metric, so "SQL problems", "sql_problems" and "sql" are the same metric.</summary>
public static class MetricName
{
    // Checked in order: "2 hours project work" is project time, not generic hours.
    private static readonly (string Word, string Metric)[] Keywords =
    [
        ("sql", "sql"), ("commit", "commits"), ("read", "reading"), ("application", "applications"),
        ("apply", "applications"), ("applied", "applications"), ("job", "applications"), ("project", "project"),
        ("update", "update"), ("connection", "connections"), ("network", "connections"), ("interview", "interviews"),
        ("hour", "hours"), ("hrs", "hours"), ("minute", "minutes"),
    ];

    public static string FromPhrase(string phrase)
    {
        var words = phrase.ToLowerInvariant()
            .Split([' ', '_', '-', '/', '(', ')', ',', '.', ':'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Any(char.IsLetter))
            .ToList();
        foreach (var (word, metric) in Keywords)
            if (words.Any(w => w.StartsWith(word, StringComparison.Ordinal)))
                return metric;
        return words.FirstOrDefault(w => w.Length > 2) is { } first ? new string(first.Where(char.IsLetterOrDigit).ToArray()) : "metric";
    }
}
