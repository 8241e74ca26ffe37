using RoadmapBot.Core.Import;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Tests.Import;

/// <summary>Phase cells spanning rows, tables without a header, Notion's property lines, and reference words over plan sections.</summary>
public sealed class ImporterReadsPeoplesTablesAndPropertiesTests
{
    [Fact]
    public void PhaseCellFillingOnlyTheFirstOfItsRows_KeepsItsPhases()
    {
        const string md = """
            # Course (Spring 2024)

            ## Schedule

            | Phase | Week | Date | Topic |
            |---|---|---|---|
            | **Phase I – Basics** | 1 | 3/4 | Setup |
            |  | 2 | 3/11 | Syntax |
            | **Phase II – Projects** | 3 | 3/18 | First app |
            |  | 4 | 3/25 | Deploy |
            """;

        var roadmap = RoadmapImporter.Import(md).Roadmap;

        Assert.Equal([("Phase I – Basics", 2), ("Phase II – Projects", 2)], roadmap.Phases.Select(p => (p.Title, p.Items.Count)));
        Assert.Equal(["Setup", "Syntax", "First app", "Deploy"], roadmap.AllItems().Select(i => i.Title));
        Assert.Equal(new DateTime(2024, 3, 11), roadmap.Phases[0].Items[1].Due);
    }

    [Fact]
    public void TableWithAnEmptyHeader_IsReadByWhatItsCellsHold()
    {
        const string md = """
            # Plan

            ## Week 1

            |   |   |   |
            |---|---|---|
            | [x] | 1/3 | Read the guide |
            | [ ] | 2/3 | Write the code |
            | [ ] | 3/3 | Ship it |
            """;

        var items = RoadmapImporter.Import(md).Roadmap.AllItems().ToList();

        Assert.Equal(["Read the guide", "Write the code", "Ship it"], items.Select(i => i.Title));
        Assert.Equal([ItemStatus.Done, ItemStatus.Todo, ItemStatus.Todo], items.Select(i => i.Status));
    }

    [Fact]
    public void TableWhoseFirstRowIsData_ReadsThatRowToo_TitledByTheTextColumn()
    {
        const string md = """
            # Plan

            ## Week 1

            | 1 | Read the guide |
            |---|---|
            | 2 | Write the code |
            """;

        var items = RoadmapImporter.Import(md).Roadmap.AllItems().ToList();

        Assert.Equal(["Read the guide", "Write the code"], items.Select(i => i.Title));
    }

    [Fact]
    public void NotionStatusLines_SetTheItemsStatus_AndLeaveTheTitle()
    {
        const string md = """
            # Plan

            ## Week 1

            - Read the guide
              Status: Done
            - Write the code
              - Status: In progress
            - Ship it
              Status:
            - Deploy
              - **Status:** Complete
            """;

        var items = RoadmapImporter.Import(md).Roadmap.AllItems().ToList();

        Assert.Equal(["Read the guide", "Write the code", "Ship it", "Deploy"], items.Select(i => i.Title));
        Assert.Equal([ItemStatus.Done, ItemStatus.Doing, ItemStatus.Todo, ItemStatus.Done], items.Select(i => i.Status));
    }

    [Fact]
    public void SectionNamedARequirementHoldingTasks_IsPlanNotReference()
    {
        const string md = """
            # Plan

            ## Phase 1: Basics

            ### Core skills (SENIOR ROLE REQUIREMENT)

            #### Task 1: Learn SQL
            - [ ] **Task:** Master joins

            #### Task 2: Learn Python
            - [ ] **Task:** Master loops

            ## Requirements
            - A laptop
            """;

        var result = RoadmapImporter.Import(md);

        Assert.Equal(SectionRole.Plan, result.Sections.Single(s => s.Title.StartsWith("Core skills", StringComparison.Ordinal)).Role);
        Assert.Equal(SectionRole.Reference, result.Sections.Single(s => s.Title == "Requirements").Role);
        Assert.Equal(["Requirements"], result.Roadmap.Resources.Select(r => r.Title));
        Assert.Equal(2, result.ItemCount);
    }
}
