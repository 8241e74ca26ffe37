using RoadmapBot.Core.Data;
using RoadmapBot.Core.Progress;

namespace RoadmapBot.Core.Tests.Progress;

public sealed class DueDatesTests
{
    private static readonly DateOnly Monday = new(2026, 1, 5);

    private static StoredItem Item(int? week = null, DayOfWeek? weekday = null, int? day = null, DateTime? slot = null) =>
        new() { Key = "k", Title = "t", PhaseKey = "ph1", Week = week, Weekday = weekday, Day = day, Slot = slot };

    [Fact]
    public void Week_IsDueAtTheEndOfThatWeek() =>
        Assert.Equal(new DateOnly(2026, 1, 18), DueDates.For(Item(week: 2), null, Monday, 0));

    [Fact]
    public void WeekAndWeekday_IsDueThatDay() =>
        Assert.Equal(new DateOnly(2026, 1, 14), DueDates.For(Item(week: 2, weekday: DayOfWeek.Wednesday), null, Monday, 0));

    [Fact]
    public void Slot_IsDueOnItsDayPlusShift() =>
        Assert.Equal(new DateOnly(2025, 10, 4), DueDates.For(Item(slot: new DateTime(2025, 10, 1, 9, 0, 0)), null, null, 3));

    [Fact]
    public void NoDates_FallsBackToPhaseEnd() =>
        Assert.Equal(new DateOnly(2026, 2, 28), DueDates.For(Item(), new StoredPhase { Key = "ph1", Title = "P", End = new DateOnly(2026, 2, 28) }, null, 0));

    [Fact]
    public void RelativeWithoutStart_HasNoDueDate() =>
        Assert.Null(DueDates.For(Item(week: 3), null, null, 0));
}
