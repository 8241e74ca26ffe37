using System.Text.RegularExpressions;
using RoadmapBot.Core.Import;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Tests.Import.Corpus;

/// <summary>Compares one import with its expectation and lists every difference in words.</summary>
internal static partial class CorpusCheck
{
    public static List<string> Differences(CorpusExpectation expected, string markdown, ImportResult result)
    {
        var roadmap = result.Roadmap;
        var items = roadmap.AllItems().ToList();
        var counts = new Dictionary<string, int>
        {
            ["phases"] = roadmap.Phases.Count,
            ["items"] = items.Count,
            ["topItems"] = roadmap.Phases.Sum(p => p.Items.Count),
            ["dated"] = items.Count(i => i.Due is not null),
            ["done"] = items.Count(i => i.Status == ItemStatus.Done),
            ["doing"] = items.Count(i => i.Status == ItemStatus.Doing),
        };
        var readingMisses = expected.Readings
            .Select(r => r.Where(rule => !rule.Value.Accepts(counts[rule.Key])).Select(rule => $"{rule.Key} {counts[rule.Key]}, expected {rule.Value}").ToList())
            .ToList();
        var differences = readingMisses.All(m => m.Count > 0) ? readingMisses.OrderBy(m => m.Count).First() : [];

        var lines = markdown.Replace("\r\n", "\n").Split('\n');
        foreach (var title in expected.Reference)
        {
            if (SectionOf(lines, title) is not { } section)
            {
                differences.Add($"expectation names a heading '{title}' that is not in the file");
                continue;
            }
            differences.AddRange(items.Where(i => i.Line >= section.First && i.Line <= section.Last)
                .Take(3).Select(i => $"item '{i.Title}' (line {i.Line}) comes from reference section '{title}'"));
        }
        differences.AddRange(items.Where(i => expected.NotItems.Any(n => string.Equals(n, i.Title.Trim(), StringComparison.OrdinalIgnoreCase)))
            .Take(3).Select(i => $"'{i.Title}' (line {i.Line}) is not a task"));
        differences.AddRange(items.Where(i => !LetterOrIdeograph().IsMatch(i.Title))
            .Take(3).Select(i => $"item titled '{i.Title}' (line {i.Line}) has no words"));
        return differences;
    }

    /// <summary>The lines of the ATX heading containing <paramref name="title"/>, up to the next heading of the same or a higher level.</summary>
    private static (int First, int Last)? SectionOf(string[] lines, string title)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var level = HeadingLevel(lines[i]);
            if (level == 0 || !lines[i].Contains(title, StringComparison.OrdinalIgnoreCase)) continue;
            var end = i + 1;
            while (end < lines.Length && HeadingLevel(lines[end]) is var l && (l == 0 || l > level)) end++;
            return (i + 1, end);
        }
        return null;
    }

    private static int HeadingLevel(string line) => AtxHeading().Match(line) is { Success: true } m ? m.Groups[1].Length : 0;

    [GeneratedRegex(@"^ {0,3}(#{1,6})\s")]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"\p{L}")]
    private static partial Regex LetterOrIdeograph();
}
