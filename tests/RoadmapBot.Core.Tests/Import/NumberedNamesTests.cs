using System.Text.RegularExpressions;
using RoadmapBot.Core.Import;

namespace RoadmapBot.Core.Tests.Import;

/// <summary>The hand-written reader answers as the two patterns it replaced did: they are kept here as the oracle.</summary>
public sealed partial class NumberedNamesTests
{
    [GeneratedRegex(@"^(task|project)\s+(\d+[a-z]?)$", RegexOptions.IgnoreCase)]
    private static partial Regex FormerLabel();

    [GeneratedRegex(@"^(task|project)\s+(\d+[a-z]?)\s*[:\-–—]\s*(.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex FormerHeading();

    public static TheoryData<string> Texts() =>
    [
        "Task 1", "task 12", "TASK 7b", "Project 3", "project 2B", "Task 1: Learn Python", "Task 1 - Learn Python",
        "Project 2 – Build a pipeline", "Task 3 — Ship", "Task 4:Learn", "Task 5 :  spaced out  ", "Task 6:", "Task 6: ",
        "Task 6:\n", "Task 6:\n\n", "Task 6: a\nb", "Task 6: ab\n", "Task 7\n", "Task 7\n\n", "Task\t8: tab", "Task 9a: lettered",
        "Task 10ab: two letters", "Task 1-2: a range", "Task one: words", "Tasks 1: plural", "Task: no number", "Task1: no space",
        "Project  ١٢: Arabic-Indic digits", "Task ３: full-width", " Task 1: leading space", "Task 1 Learn: no mark", "Subtask 1",
        "Task 1 2", "", "Task", "Project 5 —\u00A0Nbsp", "Task 11:\u3000ideographic space",
    ];

    [Theory, MemberData(nameof(Texts))]
    public void Bare_ReadsALabelAsTheFormerPatternDid(string text)
    {
        var former = FormerLabel().Match(text);
        var read = NumberedNames.Bare(text);
        Assert.Equal(former.Success, read is not null);
        if (read is { } name) Assert.Equal((former.Groups[1].Value, former.Groups[2].Value), (name.Kind, name.Number));
    }

    [Theory, MemberData(nameof(Texts))]
    public void Titled_ReadsAHeadingAsTheFormerPatternDid(string text)
    {
        var former = FormerHeading().Match(text);
        var read = NumberedNames.Titled(text);
        Assert.Equal(former.Success, read is not null);
        if (read is { } name)
            Assert.Equal((former.Groups[1].Value, former.Groups[2].Value, former.Groups[3].Value.Trim()), (name.Kind, name.Number, name.Title));
    }
}
