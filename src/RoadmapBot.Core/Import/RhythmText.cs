using System.Text.RegularExpressions;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Import;

/// <summary>Reads daily habits and weekly targets out of the sentences that state them.</summary>
internal static partial class RhythmText
{
    [GeneratedRegex(@"^\D*?(\d+(?:\.\d+)?)\+?\s*(.*)$")]
    private static partial Regex LeadingQuantity();

    [GeneratedRegex(@"(\d+(?:\.\d+)?)\+?\s*([\p{L} ]*?)\s*(?:/\s*|per\s+)week\b", RegexOptions.IgnoreCase)]
    private static partial Regex PerWeek();

    [GeneratedRegex(@"(\d+(?:\.\d+)?)\s*(hours?|hrs?|h|minutes|mins?)\s*(?:/\s*|per\s+)day\b", RegexOptions.IgnoreCase)]
    private static partial Regex TimePerDay();

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parenthetical();

    /// <summary>"4 SQL problems" → sql 4 problems; "30 min industry reading" → reading 30 minutes; "Progress update" → yes/no.</summary>
    public static Habit Habit(string title)
    {
        var clean = Parenthetical().Replace(title, "").Trim();
        var metric = MetricName.FromPhrase(clean);
        var m = LeadingQuantity().Match(clean);
        if (!m.Success) return new Habit(metric, title, metric, null, "yes/no");

        var target = Digits.Real(m.Groups[1].Value);
        var rest = m.Groups[2].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var unit = rest.FirstOrDefault()?.ToLowerInvariant() switch
        {
            "h" or "hr" or "hrs" or "hour" or "hours" => "hours",
            "min" or "mins" or "minute" or "minutes" => "minutes",
            _ => Plural(rest.LastOrDefault()?.ToLowerInvariant() ?? metric),
        };
        return new Habit(metric, title, metric, target, unit);
    }

    /// <summary>A daily time quota such as "4 hours / day", or null.</summary>
    public static Habit? TimePerDayHabit(string text)
    {
        var m = TimePerDay().Match(text);
        if (!m.Success) return null;
        var minutes = m.Groups[2].Value.StartsWith('m');
        var metric = minutes ? "minutes" : "hours";
        return new Habit(metric, m.Value, metric, Digits.Real(m.Groups[1].Value), metric);
    }

    /// <summary>"Applications Sent: Target 15/week" → applications 15; "Apply to 5 jobs/week" → applications 5.</summary>
    public static WeeklyTarget? WeeklyTarget(string? label, string value, string? phaseKey)
    {
        var m = PerWeek().Match(value);
        if (!m.Success) return null;
        var useLabel = label is not null && !label.Equals("metric", StringComparison.OrdinalIgnoreCase)
            && !label.Equals("target", StringComparison.OrdinalIgnoreCase);
        var metric = MetricName.FromPhrase(useLabel ? label! : value[..(m.Index + m.Length)]);
        var unitWords = m.Groups[2].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var unit = unitWords.Length > 0 ? unitWords[^1].ToLowerInvariant() : metric;
        var title = label is null ? value : $"{label}: {value}";
        return new WeeklyTarget(metric, title, Digits.Real(m.Groups[1].Value), unit, phaseKey);
    }

    /// <summary>A pillar's name as a skill: "Data Engineering" → data-engineering.</summary>
    public static string Slug(string text) =>
        string.Join('-', SlugSeparators().Split(text.ToLowerInvariant()).Where(w => w.Length > 0));

    [GeneratedRegex(@"[^\p{L}\p{Nd}]+")]
    private static partial Regex SlugSeparators();

    private static string Plural(string word) => word.EndsWith('s') ? word : word + "s";
}
