using RoadmapBot.Core.Import;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Tests.Import;

/// <summary>A plan of checkbox tasks: its boxes are the tasks, yet a numbered week without boxes and a schedule table still count.</summary>
public sealed class CheckboxPlansTests
{
    [Fact]
    public void NumberedWeekWithoutBoxes_InAPlanOfBoxes_HasItsBulletsAsTasks()
    {
        const string md = """
            # Month one

            ## Week 1 — Goals
            - [ ] Finish ten chapters
              - Tip: read in the morning

            ## Week 2 — Day by day

            ### Monday (Day 1)
            - Read chapter one
            - Write a dice roller
            """;

        var items = RoadmapImporter.Import(md).Roadmap.AllItems().ToList();

        Assert.Equal(["Finish ten chapters", "Read chapter one", "Write a dice roller"], items.Select(i => i.Title));
    }

    [Fact]
    public void WeeksNotYetBoxed_UnderAPhaseWhoseFirstWeekIsTicked_KeepTheirBulletsAsTasks()
    {
        // Someone ticks off week 1 in the file as they go: the weeks they have not reached must not vanish on re-import.
        const string md = """
            # Plan
            ## Phase 1 (Weeks 1-2)
            ### Week 1
            - [x] Read chapter 1
            - [ ] Do exercises 1
              - details of exercise 1
            ### Week 2
            - Read chapter 2
            - Do exercises 2
            ## Phase 2 (Weeks 3-4)
            ### Week 3
            - Read chapter 3
            """;

        var items = RoadmapImporter.Import(md).Roadmap.AllItems().ToList();

        Assert.Equal(["Read chapter 1", "Do exercises 1", "Read chapter 2", "Do exercises 2", "Read chapter 3"], items.Select(i => i.Title));
        Assert.Equal([1, 1, 2, 2, 3], items.Select(i => i.Week ?? 0));
    }

    [Fact]
    public void TopicSectionsWithoutBoxes_InAPlanOfBoxes_StayDetails()
    {
        const string md = "# Interview prep\n\n## Why\n- It is free\n- It is long\n\n## Trees\n- [ ] Binary search trees\n- [ ] Heaps\n";

        Assert.Equal(["Binary search trees", "Heaps"], RoadmapImporter.Import(md).Roadmap.AllItems().Select(i => i.Title));
    }

    [Fact]
    public void ScheduleOrTrackerTable_InAPlanOfBoxes_IsRead()
    {
        const string md = """
            # Cloud exam

            ## Week 1: Storage

            | Day | Date | Topic |
            |---|---|---|
            | Mon | Mar 3, 2025 | Buckets |

            | Chapter | Topic | Status |
            |---|---|---|
            | 1 | Variables | ✅ Complete |

            | Term | Meaning |
            |---|---|
            | IAM | identity |

            ### Labs
            - [ ] Create a bucket
            """;

        var items = RoadmapImporter.Import(md).Roadmap.AllItems().ToList();

        Assert.Equal(["Buckets", "Variables", "Create a bucket"], items.Select(i => i.Title));
        Assert.Equal([ItemStatus.Todo, ItemStatus.Done, ItemStatus.Todo], items.Select(i => i.Status));
    }
}
