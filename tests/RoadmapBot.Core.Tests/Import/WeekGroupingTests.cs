using RoadmapBot.Core.Import;

namespace RoadmapBot.Core.Tests.Import;

public sealed class WeekGroupingTests
{
    private static ItemDraft Slot(string title, int day, int line, int hour = 18) =>
        new() { Title = title, Line = line, Date = new DateOnly(2026, 1, day), Start = new TimeOnly(hour, 0) };

    [Fact]
    public void Of_ItemsOverTwoWeeks_OnePhasePerMonday_NumberedFromOne_ItemsInDateOrder()
    {
        var thursday = Slot("SQL", 8, 3);
        var monday = Slot("Python", 5, 1);
        var nextTuesday = Slot("Spark", 13, 7);

        var phases = WeekGrouping.Of([thursday, monday, nextTuesday], [], []);

        Assert.Equal([("ph1", "Week of 5 Jan 2026"), ("ph2", "Week of 12 Jan 2026")], phases.Select(p => (p.Key, p.Title)));
        Assert.Equal([monday, thursday], phases[0].Items);
        Assert.Equal((new DateOnly(2026, 1, 12), new DateOnly(2026, 1, 18), 7), (phases[1].Start!.Value, phases[1].End!.Value, phases[1].Line));
    }

    [Fact]
    public void Of_SlotRescheduledToADayThatHasIt_IsKeptOnce_WithANoteAndAWarning()
    {
        var moved = Slot("SQL drills", 8, 9);
        var dated = new List<ItemDraft> { Slot("Python", 5, 1), moved };
        var warnings = new List<ImportWarning>();

        var phases = WeekGrouping.Of(dated, [new Reschedule(new DateOnly(2026, 1, 6), new DateOnly(2026, 1, 8), null, null, "SQL drills.", 4)], warnings);

        Assert.Equal(2, Assert.Single(phases).Items.Count);
        Assert.Equal("Rescheduled from Tue 6 Jan 2026.", moved.Notes);
        Assert.Contains("kept once, on its new day (line 9)", Assert.Single(warnings).Message);
    }

    [Fact]
    public void Of_SlotRescheduledToADayWithoutIt_BecomesAnItemThere_AndTheDatedListIsLeftAsItWas()
    {
        var dated = new List<ItemDraft> { Slot("Python", 5, 1) };

        var phases = WeekGrouping.Of(dated, [new Reschedule(null, new DateOnly(2026, 1, 14), new TimeOnly(7, 0), null, "Run", 2)], []);

        Assert.Single(dated);
        Assert.Equal(2, phases.Count);
        var run = Assert.Single(phases[1].Items);
        Assert.Equal(("Run", new DateOnly(2026, 1, 14), new TimeOnly(7, 0), "Rescheduled."), (run.Title, run.Date!.Value, run.Start!.Value, run.Notes));
    }
}
