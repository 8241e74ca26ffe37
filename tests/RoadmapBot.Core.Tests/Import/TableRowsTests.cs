using RoadmapBot.Core.Import;

namespace RoadmapBot.Core.Tests.Import;

/// <summary>A schedule's rows as people write them: breaks, topics continued, cells left empty, a module named on every row.</summary>
public sealed class TableRowsTests
{
    [Fact]
    public void BreakRows_AreNotTasksAndTheImportSaysSo()
    {
        const string md = """
            # Course

            | Week | Topic |
            |---|---|
            | 1 | Sorting |
            | 2 | No class – Labor Day |
            | 3 | **Spring Break** |
            | 4 | Break code into modules |
            | 5 | Thanksgiving |
            """;

        var result = RoadmapImporter.Import(md);

        Assert.Equal(["Sorting", "Break code into modules"], result.Roadmap.AllItems().Select(i => i.Title));
        Assert.Contains(result.Warnings, w => w.Message.Contains("3 rows of breaks or days without class", StringComparison.Ordinal));
    }

    [Fact]
    public void ContinuedRows_TakeTheTopicAbove()
    {
        const string md = "# Schedule\n\n| Date | Topic | Work |\n|---|---|---|\n| 2025-09-02 | Sorting | |\n| 2025-09-04 | (continue) | HW 1 |\n| 2025-09-09 | cont. | |\n";

        var items = RoadmapImporter.Import(md).Roadmap.AllItems().ToList();

        Assert.Equal(["Sorting", "Sorting", "Sorting"], items.Select(i => i.Title));
        Assert.Equal([new DateOnly(2025, 9, 2), new DateOnly(2025, 9, 4), new DateOnly(2025, 9, 9)], items.Select(i => DateOnly.FromDateTime(i.Due!.Value)));
    }

    [Fact]
    public void RowWithAnEmptyTitleCell_IsTitledByItsOtherWordsButNeverByADate()
    {
        const string md = """
            # Stats

            | # | Theme | Topic | Ends |
            |---|---|---|---|
            | 1 | Intro | Course map | January 5, 2025 |
            | 2 | **Midterm** | | January 12, 2025 |
            | 3 | | | January 19, 2025 |
            """;

        var items = RoadmapImporter.Import(md).Roadmap.AllItems().ToList();

        Assert.Equal(["Course map", "Midterm"], items.Select(i => i.Title));
    }

    [Fact]
    public void ModuleNamedOnEveryRow_IsOnePhaseNotCopiesOfIt()
    {
        const string md = """
            # Bootcamp

            | Week | Module | Subjects |
            |---|---|---|
            | 1 | Python | Syntax and loops |
            | 2 | Python | Functions |
            | 3 | Databases | SQL basics |
            | 4 | _BREAK_ | |
            """;

        var result = RoadmapImporter.Import(md);

        Assert.Equal([("Python", 2), ("Databases", 1)], result.Roadmap.Phases.Select(p => (p.Title, p.Items.Count)));
        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("written again", StringComparison.Ordinal));
    }
}
