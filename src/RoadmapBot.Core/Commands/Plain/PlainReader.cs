using System.Text.RegularExpressions;
using RoadmapBot.Core.Progress;

namespace RoadmapBot.Core.Commands.Plain;

/// <summary>
/// Reads a message without a slash as logs and status changes, with rules and the member's vocabulary (no language model):
/// "did 4 sql problems and 2h on the project", "t5 done", "blocked on t12: no AWS account".
/// </summary>
public static partial class PlainReader
{
    private static readonly Dictionary<string, string> Verbs = new()
    {
        ["done"] = "/done", ["doing"] = "/doing", ["skip"] = "/skip", ["todo"] = "/todo", ["blocked"] = "/blocked",
    };

    public static PlainReading Read(string text, PlainVocabulary vocabulary, DateOnly today)
    {
        // A reason is kept as typed: blocked items are taken out before typos are corrected, and again after ("blokced on t12: …").
        var prepared = PlainText.Prepare(text);
        var blocks = PlainBlocked.Take(ref prepared, vocabulary).ToList();
        var working = PlainText.Correct(prepared, vocabulary.Known, out var typo);
        blocks.AddRange(PlainBlocked.Take(ref working, vocabulary));
        var regular = PlainText.Regular(working);
        var all = PlainText.Words(regular);
        if (working.TrimEnd().EndsWith('?') || (all.Count > 0 && PlainWords.Questions.Contains(all[0])) || all.Any(PlainWords.NotALog.Contains) || Obligation().IsMatch(working))
            return PlainReading.NotALog;

        var future = false;
        var clauses = new List<PlainClause>();
        foreach (var part in PlainText.Clauses(regular))
        {
            var clauseText = part;
            var day = PlainDays.Take(ref clauseText, today, out var ahead);
            future |= ahead;
            clauses.Add(PlainClause.Read(PlainText.Words(clauseText), day, vocabulary));
        }
        if (future)
            return PlainReading.NotALog;
        Inherit(clauses);

        var days = clauses.Select(c => c.Day).OfType<DateOnly>().Distinct().ToList();
        var messageDay = days.Count == 1 ? days[0] : today;
        var actions = new List<string>();
        foreach (var block in blocks)
            actions.Add($"/blocked {block.Item.Key} {block.Reason}");
        foreach (var clause in clauses)
        {
            var day = clause.Day ?? messageDay;
            actions.AddRange(clause.Logs.Select(l => $"/log {l.Metric.Key} {Show.Number(l.Amount)}" + (day == today ? "" : $" {day:yyyy-MM-dd}")));
            actions.AddRange(clause.Checks.Select(h => $"/check {h.Key}"));
            if (clause.Status is { } status && Verbs.TryGetValue(status, out var verb))
                actions.AddRange(clause.Items.Select(i => $"{verb} {i.Key}"));
        }
        var read = actions.Distinct().Select(a => new PlainAction(a)).ToList();
        if (read.Count > 0 && PlainDays.NamesPeriod(regular))
            return PlainReading.OverAPeriod;
        if (read.Count == 0)
            return blocks.Count > 0 || clauses.Any(c => c.Signal) ? PlainReading.Unclear : PlainReading.NotALog;

        var complete = clauses.All(c => c.Complete && (c.Items.Count == 0 || c.Status is not null));
        var certain = !typo && complete && days.Count <= 1 && blocks.All(b => b.Certain) && clauses.All(c => c.Certain);
        return new PlainReading(read, certain, true);
    }

    /// <summary>Items named without a verb take the next clause's ("t1 and t2 done"), else the one before ("finished t1, t2").</summary>
    private static void Inherit(List<PlainClause> clauses)
    {
        for (var i = 0; i < clauses.Count; i++)
        {
            if (clauses[i].Items.Count == 0 || clauses[i].Status is not null)
                continue;
            var donor = clauses.Skip(i + 1).FirstOrDefault(c => c.Items.Count > 0 && c.Status is not null)
                ?? clauses.Take(i).LastOrDefault(c => c.Items.Count > 0 && c.Status is not null);
            if (donor?.Status is { } status)
                clauses[i].Inherit(status);
        }
    }

    // "have to do 4 sql" is a duty, not a log; one word of it alone ("had", "got") says nothing.
    [GeneratedRegex(@"\b(?:have|has|had|got)\s+to\b", RegexOptions.IgnoreCase)]
    private static partial Regex Obligation();
}
