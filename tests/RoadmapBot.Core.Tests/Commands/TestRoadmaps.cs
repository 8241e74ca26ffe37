namespace RoadmapBot.Core.Tests.Commands;

/// <summary>Small roadmaps in the shapes the seeds use.</summary>
internal static class TestRoadmaps
{
    public const string Mini = """
        # Mini plan
        ## Phase 1: Basics (Jan 2026)
        - [ ] **Task 1:** Read the book
        - [ ] **Task 2:** Write notes
        - [ ] **Task 3:** Test ideas
        - [ ] **Task 4:** Ship it
        ## Phase 2: More (Feb 2026)
        - [ ] **Task 5:** Deploy
        - [x] **Task 6:** Celebrate early
        ## Daily Non-Negotiables
        - [ ] Solve 4 SQL problems
        - [ ] 2 hours project work
        - [ ] 30 minutes reading
        - [ ] Post a progress update
        """;

    public const string Weeks = """
        # Weekly plan
        ## Phase 1 (Weeks 1-2)
        ### Week 1
        - Read chapter one
        - Do the exercises
        ### Week 2
        - Build the demo
        """;
}
