using RoadmapBot.Core.Import;

namespace RoadmapBot.Core.Tests.Import;

/// <summary>A calendar folded into &lt;details&gt; blocks: numbered summaries are the headings of the plan.</summary>
public sealed class DisclosuresTests
{
    private const string Calendar = """
        # 100 Days

        ## Calendar
        <details><summary>Week 1 Objectives</summary>

        1. Build the cart page
        2. Read chapter 1
        </details>

        <details><summary>Week 2 Objectives</summary>

        1. Build the landing page
        2. Read chapter 2
        3. Write an article
        </details>

        <details><summary>Table of Contents</summary>

        - [Calendar](#calendar)
        </details>

        ## Lessons Learned

        <details><summary>Week 1 Lessons Learned</summary>

        Setup took longer than expected, so I read the documentation first.
        </details>
        """;

    [Fact]
    public void NumberedSummaries_AreWeekPhasesNamedAlikeButNotCopiesOfEachOther()
    {
        var result = RoadmapImporter.Import(Calendar);

        Assert.Equal([(1, 2), (2, 3)], result.Roadmap.Phases.Select(p => (p.FirstWeek ?? 0, p.Items.Count)));
        Assert.All(result.Roadmap.Phases, p => Assert.Equal("Objectives", p.Title));
        Assert.Equal([1, 1, 2, 2, 2], result.Roadmap.AllItems().Select(i => i.Week));
        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("written again", StringComparison.Ordinal));
    }

    [Fact]
    public void WeeksOfProseBesideWeeksOfTasks_AreAJournalNotPhases()
    {
        var result = RoadmapImporter.Import(Calendar);

        Assert.DoesNotContain(result.Roadmap.Phases, p => p.Title.Contains("Lessons", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Roadmap.AllItems(), i => i.Title == "Calendar");
    }

    [Fact]
    public void SummaryWithDatesInBracketsAfterTheWeek_TitlesThePhaseByItsName()
    {
        const string md = """
            # Log

            <details>
            <summary>WEEK 1（2020.5.24）：Interview</summary>

            - [x] Passed the interview
            </details>

            <details>
            <summary>WEEK 2~3（2020.5.25-2020.6.7）：STL</summary>

            - [ ] Copy the STL sources
            </details>
            """;

        var phases = RoadmapImporter.Import(md).Roadmap.Phases;

        Assert.Equal(["Interview", "STL"], phases.Select(p => p.Title));
        Assert.Equal([(1, 1), (2, 3)], phases.Select(p => (p.FirstWeek ?? 0, p.LastWeek ?? 0)));
    }

    [Fact]
    public void SummaryThatIsNotNumbered_StaysOutOfTheOutline()
    {
        const string md = "# Plan\n\n## Phase 1: Basics\n- [ ] Install\n\n<details><summary>Notes on tools</summary>\n\n- [ ] Try an editor\n</details>\n";

        var roadmap = RoadmapImporter.Import(md).Roadmap;

        Assert.Equal(["Basics"], roadmap.Phases.Select(p => p.Title));
        Assert.Equal(["Install", "Try an editor"], roadmap.AllItems().Select(i => i.Title));
    }
}
