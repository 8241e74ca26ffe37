using RoadmapBot.Core.Commands.Plain;

namespace RoadmapBot.Core.Tests.Commands.Plain;

/// <summary>One line of a phrasing fixture: a message and the actions a person would expect from it.</summary>
internal sealed record Phrasing(int Line, string Message, IReadOnlyList<string> Expected)
{
    public static string File(string name) => Path.Combine(RepoFiles.Root, "tests", "RoadmapBot.Core.Tests", "Commands", "Plain", "Fixtures", name);

    public static IReadOnlyList<Phrasing> Load(string name = "phrasings.txt") => System.IO.File.ReadAllLines(File(name))
        .Select((text, index) => (Text: text, Line: index + 1))
        .Where(l => l.Text.Contains(" =>", StringComparison.Ordinal) && !l.Text.StartsWith('#'))
        .Select(l =>
        {
            var arrow = l.Text.LastIndexOf(" =>", StringComparison.Ordinal);
            var expected = l.Text[(arrow + 3)..].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return new Phrasing(l.Line, l.Text[..arrow].Replace("\\n", "\n", StringComparison.Ordinal), expected);
        })
        .ToList();

    /// <summary>Reads every phrasing: those read otherwise than expected, and those among them applied at once (certain).</summary>
    public static PhrasingScore Score(IReadOnlyList<Phrasing> set, PlainVocabulary vocabulary, DateOnly today)
    {
        var misread = new List<string>();
        var silentlyWrong = new List<string>();
        foreach (var phrasing in set)
        {
            var reading = PlainReader.Read(phrasing.Message, vocabulary, today);
            var actual = reading.Actions.Select(a => a.Command).ToList();
            if (actual.Order().SequenceEqual(phrasing.Expected.Order()))
                continue;
            var line = $"line {phrasing.Line}: “{phrasing.Message}” expected [{string.Join("; ", phrasing.Expected)}], read [{string.Join("; ", actual)}]{(reading.Certain ? " (certain)" : "")}";
            misread.Add(line);
            if (reading.Certain && actual.Count > 0)
                silentlyWrong.Add(line);
        }
        return new PhrasingScore(set.Count, misread, silentlyWrong);
    }
}

internal sealed record PhrasingScore(int Count, IReadOnlyList<string> Misread, IReadOnlyList<string> SilentlyWrong)
{
    public int Exact => Count - Misread.Count;

    /// <summary>The figure, then each misreading: printed by the tests for docs/plain-language-logs.md.</summary>
    public void Report(string what)
    {
        TestContext.Current.TestOutputHelper?.WriteLine($"{what}, read exactly: {Exact}/{Count} ({100.0 * Exact / Count:F1} %); applied silently with a wrong action: {SilentlyWrong.Count}");
        foreach (var line in Misread)
            TestContext.Current.TestOutputHelper?.WriteLine(line);
    }
}
