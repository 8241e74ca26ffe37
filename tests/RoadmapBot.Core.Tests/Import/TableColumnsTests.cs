using RoadmapBot.Core.Import;

namespace RoadmapBot.Core.Tests.Import;

public sealed class TableColumnsTests
{
    private static TableColumns Of(string header, params string[] rows) =>
        TableColumns.Of(header.Split('|').Select(h => h.Trim()).ToList(), rows.Select(r => (IReadOnlyList<string>)r.Split('|').Select(c => c.Trim()).ToList()).ToList());

    [Fact]
    public void SyllabusTable_TopicIsTheTitle_WeekTheSequence_DateTheDate_ReadingsTheNotes()
    {
        var columns = Of("Week | Date | Topic | Readings", "1 | 9/13 | Introduction | KRR Ch 2");

        Assert.Equal((2, 0, 1, 3), (columns.Title, columns.Sequence, columns.Date, columns.Notes));
    }

    [Fact]
    public void TaskAndFocus_TaskIsTheTitleAndFocusTheContext()
    {
        var columns = Of("Day | Date | Focus | Task", "1 | 2025-04-30 | Install | Set up Rust");

        Assert.Equal((3, 2, 1, 0), (columns.Title, columns.Context, columns.Date, columns.Sequence));
    }

    [Fact]
    public void DayColumnHoldingDates_IsTheDateColumn()
    {
        var columns = Of("Day | Lesson", "2025-04-30 | Ownership", "2025-05-01 | Borrowing");

        Assert.Equal((1, 0, -1), (columns.Title, columns.Date, columns.Sequence));
    }

    [Fact]
    public void StatusAndDurationColumns_AreFound()
    {
        var columns = Of("Courses | Duration | Effort | Status", "Nand to Tetris | 6 weeks | 7 hours/week | Done");

        Assert.Equal((0, 1, 3), (columns.Title, columns.Duration, columns.Status));
    }

    [Fact]
    public void ModuleOverviewWithoutATitleColumn_HasNoTitle()
    {
        var columns = Of("Módulo | Duração | Status | Tecnologias Principais", "M01 | 3 semanas | Em andamento | HTML");

        Assert.Equal(-1, columns.Title);
    }

    [Fact]
    public void HeaderNamingNoRole_IsAPlainListWhoseFirstColumnIsTheTitle()
    {
        var columns = Of("Item | Comment", "Read the book | soon");

        Assert.Equal(0, columns.Title);
    }

    [Fact]
    public void TitleWordColumnOfNumbersOnly_IsTheSequenceAndTheWordsAreTheTitle()
    {
        var columns = Of("Chapter | Topic | Status", "1 | Variables | ✅ Complete", "2 | Loops | ⏳ Next");

        Assert.Equal((1, 0, 2), (columns.Title, columns.Sequence, columns.Status));
    }

    [Fact]
    public void UnknownHeaderWords_WeekDateAndStatusAreReadFromTheCells()
    {
        var columns = Of("Wk | Main theme | When | State", "1st wk | Pods and services | 3/2~3/8 | 🔄 ongoing", "2nd wk | Storage volumes | 3/9~3/15 | ☐ planned");

        Assert.Equal((1, 0, true, 2, 3), (columns.Title, columns.Sequence, columns.SequenceIsWeek, columns.Date, columns.Status));
    }
}
