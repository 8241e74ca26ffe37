using RoadmapBot.Core.Import;

namespace RoadmapBot.Core.Tests.Import;

/// <summary>Weeks written inside phases: at the phases' own heading level, and as spans of several weeks.</summary>
public sealed class ImporterReadsWeeksInsidePhasesTests
{
    private const string PhasesAndWeeksAtOneLevel = """
        # My DevOps Roadmap

        ## Overview

        A plan for two months.

        ### PHASE 1: Foundations (Weeks 1-4)

        ### Week 1-2: Linux

        - Learn the shell
        - Practise permissions

        ### Week 3: Networking

        - Learn TCP/IP (2 days)

        ### PHASE 2: Containers (Weeks 5-8)

        ### Week 5-8: Docker and Kubernetes

        - Build images
        """;

    [Fact]
    public void WeekHeadingsAtTheLevelOfTheirPhase_ArePartsOfThatPhase()
    {
        var result = RoadmapImporter.Import(PhasesAndWeeksAtOneLevel);

        Assert.Equal(["Foundations", "Containers"], result.Roadmap.Phases.Select(p => p.Title));
        Assert.Equal(["Learn the shell", "Practise permissions", "Learn TCP/IP (2 days)"], result.Roadmap.Phases[0].Items.Select(i => i.Title));
        Assert.Equal([1, 1, 3], result.Roadmap.Phases[0].Items.Select(i => i.Week));
        Assert.Equal(["Build images"], result.Roadmap.Phases[1].Items.Select(i => i.Title));
        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("not inside a phase", StringComparison.Ordinal));
    }

    [Fact]
    public void WeekHeadingsAtTheLevelOfTheirPhase_WithCheckboxes_AreStillPartsOfThatPhase()
    {
        var result = RoadmapImporter.Import(PhasesAndWeeksAtOneLevel.Replace("- ", "- [ ] ", StringComparison.Ordinal));

        Assert.Equal(["Foundations", "Containers"], result.Roadmap.Phases.Select(p => p.Title));
        Assert.Equal([3, 1], result.Roadmap.Phases.Select(p => p.Items.Count));
    }

    [Fact]
    public void ItemsUnderAWeekSpan_KeepItsFirstWeekAndLastAsLongAsTheSpan_UnlessTheyGiveTheirOwnTime()
    {
        var items = RoadmapImporter.Import(PhasesAndWeeksAtOneLevel).Roadmap.AllItems().ToList();

        Assert.Equal([14, 14, 2, 28], items.Select(i => i.DurationDays));
        Assert.Equal([1, 1, 3, 5], items.Select(i => i.Week));
        Assert.Equal(["w1.1", "w1.2", "w3.1", "w5.1"], items.Select(i => i.Key));
    }
}
