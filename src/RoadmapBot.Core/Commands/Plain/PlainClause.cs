using RoadmapBot.Core.Data;
using RoadmapBot.Core.Progress;

namespace RoadmapBot.Core.Commands.Plain;

/// <summary>One clause of a plain message read on its own: metric amounts, a ticked habit, items and their status.</summary>
public sealed class PlainClause
{
    public List<(MetricInfo Metric, double Amount)> Logs { get; } = [];
    public List<StoredHabit> Checks { get; } = [];
    public List<StoredItem> Items { get; } = [];
    public string? Status { get; private set; }
    public DateOnly? Day { get; init; }

    /// <summary>Something in it looks like a log (a number, a key, a metric or a status word).</summary>
    public bool Signal { get; private set; }

    /// <summary>Every part that looks like a log was read.</summary>
    public bool Complete { get; private set; } = true;

    /// <summary>Every part was read for sure (no title guessed, no unit taken for a metric).</summary>
    public bool Certain { get; private set; } = true;

    public static PlainClause Read(IReadOnlyList<string> words, DateOnly? day, PlainVocabulary vocabulary)
    {
        var clause = new PlainClause { Day = day };
        var amounts = new List<(int At, Amount Amount)>();
        var metrics = new List<(int At, MetricInfo Metric, bool Certain)>();
        var ticks = false;
        var content = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (char.IsDigit(word[0]) && Amount.Parse(word) is { } amount)
                amounts.Add((i, amount));
            else if (word is "a" or "an" && i + 1 < words.Count && vocabulary.Metric(words[i + 1]) is { Metric.IsTime: false })
                amounts.Add((i, new Amount(1, AmountUnit.Count)));  // "did a sql problem", "made a commit"
            else if (PlainItems.ByKey(word, vocabulary) is { Count: > 0 } items)
                clause.Items.AddRange(items.Where(item => !clause.Items.Contains(item)));
            else if (i + 1 < words.Count && PlainItems.ByTaskNumber(word, words[i + 1], vocabulary) is { } numbered)
            {
                if (!clause.Items.Contains(numbered))
                    clause.Items.Add(numbered);
                i++;
            }
            else if (vocabulary.Metric(word) is { } metric)
            {
                metrics.Add((i, metric.Metric, metric.Certain));
                content.Add(word);
            }
            else if (PlainWords.IsStatus(word, out var status))
                clause.Status ??= status;
            else
                content.Add(word);
            ticks |= PlainWords.Ticks.Contains(word);
        }
        clause.Signal = amounts.Count > 0 || clause.Items.Count > 0 || metrics.Count > 0 || clause.Status is not null;
        clause.Pair(amounts, metrics, words, vocabulary);
        if (amounts.Count > 0 || clause.Items.Count > 0)
            return clause;
        var habits = metrics.Select(m => m.Metric.Habit).OfType<StoredHabit>().Where(h => h.Target is null).Distinct().ToList();
        if (habits.Count > 0)
        {
            // "posted my progress update" ticks it for sure; "progress update" alone is a question.
            clause.Checks.AddRange(habits);
            clause.Certain &= ticks;
        }
        else if (clause.Status is not null && PlainItems.ByTitle(content, vocabulary) is { } titled)
        {
            clause.Items.Add(titled);
            clause.Certain = false;
        }
        else if (metrics.Count > 0)
            clause.Complete = false;
        return clause;
    }

    /// <summary>Pairs "4 sql" (amount first) or "sql 4" (metric first, as the clause starts), each amount with one metric.</summary>
    private void Pair(
        List<(int At, Amount Amount)> amounts, List<(int At, MetricInfo Metric, bool Certain)> metrics, IReadOnlyList<string> words, PlainVocabulary vocabulary)
    {
        if (amounts.Count == 0)
            return;
        var metricFirst = metrics.Count > 0 && metrics[0].At < amounts[0].At;
        var used = new HashSet<string>();
        for (var k = 0; k < amounts.Count; k++)
        {
            var (at, amount) = amounts[k];
            var previous = k == 0 ? -1 : amounts[k - 1].At;
            var next = k + 1 < amounts.Count ? amounts[k + 1].At : int.MaxValue;
            var after = metrics.Where(m => m.At > at && m.At < next).Select(m => ((int At, MetricInfo Metric, bool Certain)?)m).FirstOrDefault();
            var before = metrics.Where(m => m.At < at && m.At > previous).Select(m => ((int At, MetricInfo Metric, bool Certain)?)m).LastOrDefault();
            var chosen = metricFirst ? before ?? after : after ?? before;
            if (chosen is not { } found || amount.In(found.Metric.Unit) is not { } value || value <= 0
                || (found.Metric.IsTime && amount.Unit == AmountUnit.Count && CountsOtherThings(words, at, vocabulary)))
            {
                Complete = false;
                continue;
            }
            Certain &= found.Certain;
            used.Add(found.Metric.Key);
            // "posted 1 progress update": a yes/no habit is ticked, never logged as an amount.
            if (found.Metric.Habit is { Target: null } check)
            {
                if (!Checks.Contains(check))
                    Checks.Add(check);
            }
            else
            {
                Logs.Add((found.Metric, value));
            }
        }
        // A second metric named with no amount of its own ("read 30 min on the project"): which one was meant is a question.
        if (metrics.Any(m => !used.Contains(m.Metric.Key)))
            Certain = false;
    }

    /// <summary>
    /// "read 20 pages": a bare number followed by a thing it counts, which a metric kept in time cannot hold (20 pages are
    /// not 20 minutes). Filler ("read 20 before bed"), a status or a metric's name leave the number in the metric's unit.
    /// </summary>
    private static bool CountsOtherThings(IReadOnlyList<string> words, int at, PlainVocabulary vocabulary)
    {
        if (at + 1 >= words.Count || words[at + 1] is not { } next)
            return false;
        var thing = next.All(char.IsLetter) && (next.Length >= 4 && next.EndsWith('s') || words[at] == "1");
        return thing && !PlainWords.Filler.Contains(next) && !PlainWords.IsStatus(next, out _) && vocabulary.Metric(next) is null
            && !Amount.IsHours(next) && !Amount.IsMinutes(next);
    }

    /// <summary>Gives items named without a verb the status of a neighbouring clause ("t1 and t2 done").</summary>
    public void Inherit(string status) => Status ??= status;
}
