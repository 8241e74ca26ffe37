namespace RoadmapBot.Core.Tests.Commands.Plain;

/// <summary>One line of Fixtures/phrasings.txt: a message and the actions a person would expect from it.</summary>
internal sealed record Phrasing(int Line, string Message, IReadOnlyList<string> Expected)
{
    public static string File => Path.Combine(RepoFiles.Root, "tests", "RoadmapBot.Core.Tests", "Commands", "Plain", "Fixtures", "phrasings.txt");

    public static IReadOnlyList<Phrasing> Load() => System.IO.File.ReadAllLines(File)
        .Select((text, index) => (Text: text, Line: index + 1))
        .Where(l => l.Text.Contains(" =>", StringComparison.Ordinal) && !l.Text.StartsWith('#'))
        .Select(l =>
        {
            var arrow = l.Text.LastIndexOf(" =>", StringComparison.Ordinal);
            var expected = l.Text[(arrow + 3)..].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return new Phrasing(l.Line, l.Text[..arrow].Replace("\\n", "\n", StringComparison.Ordinal), expected);
        })
        .ToList();
}
