using RoadmapBot.Core.Import;

namespace RoadmapBot.Core.Tests.Import;

public sealed class DueNotesTests
{
    [Theory]
    [InlineData("Homework 1 (due Fri 2/14)", "Homework 1", "Fri 2/14")]
    [InlineData("Essay — due Oct 3, 2025", "Essay", "Oct 3, 2025")]
    [InlineData("Projeto (entrega: 10/03)", "Projeto", "10/03")]
    [InlineData("Aufsatz (fällig 5. März 2025)", "Aufsatz", "5. März 2025")]
    [InlineData("Эссе (срок 5 марта)", "Эссе", "5 марта")]
    public void NoteAfterTheWords_IsSplitOff(string text, string title, string when) =>
        Assert.Equal((title, when), DueNotes.Of(text));

    // "Read the due diligence guide" is split too; the importer keeps its title whole because "diligence guide" is no date.
    [Theory]
    [InlineData("Due dates and deadlines")]
    [InlineData("Learn topic 1234")]
    public void TitleWithoutANoteAfterIt_HasNone(string text) => Assert.Null(DueNotes.Of(text));
}
