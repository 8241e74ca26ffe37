using RoadmapBot.Core.Data;
using RoadmapBot.Core.Progress;

namespace RoadmapBot.Core.Tests.Progress;

public sealed class DueDatesTests
{
    private static readonly DateOnly Monday = new(2026, 1, 5);

    private static StoredItem Item(int? week = null, DayOfWeek? weekday = null, int? day = null, DateTime? slot = null, int? days = null) =>
        new() { Key = "k", Title = "t", PhaseKey = "ph1", Week = week, Weekday = weekday, Day = day, Slot = slot, DurationDays = days };

    [Fact]
    public void Week_IsDueAtTheEndOfThatWeek() =>
        Assert.Equal(new DateOnly(2026, 1, 18), DueDates.For(Item(week: 2), null, Monday, 0));

    [Theory]
    [InlineData(28, 2026, 2, 15)]
    [InlineData(10, 2026, 1, 28)]
    [InlineData(2, 2026, 1, 25)]
    public void WeekWithATime_IsDueWhenThatTimeFromTheWeeksStartIsUp_NeverBeforeTheWeekEnds(int days, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), DueDates.For(Item(week: 3, days: days), null, Monday, 0));

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
