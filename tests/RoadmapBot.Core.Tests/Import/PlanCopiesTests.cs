using RoadmapBot.Core.Import;

namespace RoadmapBot.Core.Tests.Import;

/// <summary>The same plan written twice under different titles is imported once, from its most detailed copy.</summary>
public sealed class PlanCopiesTests
{
    [Fact]
    public void SummaryOutlineThenDetailedWeeks_DifferentTitles_ImportsTheDetailedCopyOnce()
    {
        const string md = """
            # Spring data plan

            ## At a glance
            - Python basics
            - SQL joins
            - Spark jobs
            - Airflow DAGs

            ## Foundations
            - Python basics (variables, loops)
              - Read chapter 2
              - Exercises 1-10
            - SQL joins
              - Inner, outer and self joins

            ## Scale
            - Spark jobs
              - Word count on a cluster
            - Airflow DAGs
              - A daily DAG
            """;

        var result = RoadmapImporter.Import(md);

        Assert.Equal(["Foundations", "Scale"], result.Roadmap.Phases.Select(p => p.Title));
        Assert.Equal(["Python basics (variables, loops)", "SQL joins", "Spark jobs", "Airflow DAGs"], result.Roadmap.Phases.SelectMany(p => p.Items).Select(i => i.Title));
        Assert.Equal(["ph1", "ph2"], result.Roadmap.Phases.Select(p => p.Key));
        Assert.Contains(result.Warnings, w => w.Line == 3 && w.Message.Contains("summary", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void PhasesThenAChecklistOfTheSameTasks_ImportsThePhasesWithTheirSubTasks_Once()
    {
        const string md = """
            # Data engineering roadmap

            ## Phase 1: Foundations (Weeks 1-4)
            - [ ] Python basics
              - [ ] Variables and loops
              - [ ] Functions
            - [ ] SQL joins
            - [ ] Git and the shell

            ## Phase 2: Pipelines (Weeks 5-8)
            - [ ] Spark jobs
            - [ ] Airflow DAGs
              - [ ] A daily DAG

            ## Phase 3: All tasks in one list
            - [ ] Python basics
            - [ ] SQL joins
            - [ ] Git and the shell
            - [ ] Spark jobs
            - [ ] Airflow DAGs
            """;

        var result = RoadmapImporter.Import(md);

        Assert.Equal(["Foundations", "Pipelines"], result.Roadmap.Phases.Select(p => p.Title));
        Assert.Equal(8, result.Roadmap.AllItems().Count());
        Assert.Contains(result.Warnings, w => w.Line == 15 && w.Message.Contains("summary", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void ScheduleTableThenAListOfTheSameWeeks_ImportsTheListWithItsReadings_Once()
    {
        const string md = """
            # Rust in a month

            ## Schedule

            | Week | Topic |
            |---|---|
            | 1 | Ownership and borrowing |
            | 2 | Traits and generics |
            | 3 | Error handling |
            | 4 | Async Rust |

            ## Topics in depth

            - Week 1: Ownership and borrowing
              - The book, chapter 4
            - Week 2: Traits and generics
              - The book, chapter 10
            - Week 3: Error handling
              - The book, chapter 9
            - Week 4: Async Rust
              - Tokio tutorial
            """;

        var result = RoadmapImporter.Import(md);

        var phase = Assert.Single(result.Roadmap.Phases);
        Assert.Equal("Topics in depth", phase.Title);
        Assert.Equal(4, phase.Items.Count);
        Assert.All(phase.Items, i => Assert.Single(i.Items));
        Assert.Contains(result.Warnings, w => w.Line == 3 && w.Message.Contains("summary", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void RoutineItemsRepeatedEveryWeek_AreNotACopy_EveryWeekKeepsThem()
    {
        const string md = """
            # Habits plan

            ## Week 1: Start
            - Morning run
            - Read 20 pages
            - Weekly review

            ## Week 2: Keep going
            - Morning run
            - Read 20 pages
            - Weekly review

            ## Week 3: Finish
            - Morning run
            - Read 20 pages
            - Weekly review
            """;

        var result = RoadmapImporter.Import(md);

        Assert.Equal(3, result.Roadmap.Phases.Count);
        Assert.Equal(9, result.Roadmap.AllItems().Count());
        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("summary", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void ASectionSharingOnlySomeItemsWithAnother_IsNotACopy_NorTwoUnnumberedSectionsAlike()
    {
        const string md = """
            # Course

            ## Module 1: Basics
            - Variables
            - Loops
            - Functions
            - Classes

            ## Module 2: Practice
            - Variables
            - Loops
            - Functions
            - A project of your own
            """;

        const string twins = """
            # Routine

            ## Mornings
            - Run five kilometres
            - Read twenty pages
            - Write a journal entry

            ## Evenings
            - Run five kilometres
            - Read twenty pages
            - Write a journal entry
            """;

        Assert.Equal(8, RoadmapImporter.Import(md).Roadmap.AllItems().Count());
        Assert.Equal(6, RoadmapImporter.Import(twins).Roadmap.AllItems().Count());
    }
}
