using RoadmapBot.Core.Import;

namespace RoadmapBot.Core.Tests.Import;

public sealed class TimelineSpansTests
{
    private static int?[] PhaseDays(params string[] headings) =>
        [.. RoadmapImporter.Import(string.Join("\n\n", headings.Select(h => $"## {h}\n- [ ] A task under {h}"))).Roadmap.Phases.Select(p => p.DurationDays)];

    [Fact]
    public void RangesFromZeroThatChain_AreSpansOfOneTimeline_EachPhaseLastsItsSpan() =>
        Assert.Equal([90, 90, 180], PhaseDays("Phase 1: Foundations (0-3 Months)", "Phase 2: Pipelines (3-6 Months)", "Phase 3: Cloud (6-12 Months)"));

    [Fact]
    public void RangesNotStartingAtZero_StayEstimatesOfALength() =>
        Assert.Equal([14, 21], PhaseDays("Phase 1: Basics (1-2 weeks)", "Phase 2: Projects (2-3 weeks)"));

    [Fact]
    public void TheTimelineEndsAtTheFirstRangeThatDoesNotChain() =>
        Assert.Equal([90, 90, 28, 56], PhaseDays("Phase 1: Basics (0-3 Months)", "Phase 2: Depth (3-6 Months)", "Phase 3: Review (2-4 weeks)", "Phase 4: Jobs (6-8 weeks)"));

    [Fact]
    public void ATimelineFromZeroInWeeks_IsReadTheSameWay() =>
        Assert.Equal([14, 28], PhaseDays("Phase 1: Setup (0–2 weeks)", "Phase 2: Build (2–6 weeks)"));
}
