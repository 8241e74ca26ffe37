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

    // Three items a week for four weeks: due Sun 7, 14, 21 and 28 Dec 2025.
    public const string FourWeeks = """
        # Catch-up plan
        ## Phase 1 (Weeks 1-4)
        ### Week 1
        - Read chapter one
        - Do the exercises
        - Write a summary
        ### Week 2
        - Read chapter two
        - Build the parser
        - Test the parser
        ### Week 3
        - Read chapter three
        - Build the loader
        - Test the loader
        ### Week 4
        - Read chapter four
        - Ship the demo
        - Write the post
        """;
}
