using RoadmapBot.Core.Import;

namespace RoadmapBot.Core.Tests.Import;

public sealed class SectionRolesTests
{
    private const string Syllabus = """
        # Graph Seminar (Fall 2022)

        ## Logistics
        + **Instructor:** Ada Lovelace
        + **Room:** DC 2585

        ## Schedule
        | Week | Date | Topic | Readings |
        |---|---|---|---|
        | 1 | 9/13 | Introduction | Ch 1 |
        | 2 | 9/20 | Datalog | Ch 2 |

        ## Workload Breakdown
        + Participation: 15%
        + Project: 85%

        ## Presentations
        + You must present with slides.
        + Use examples.
        """;

    [Fact]
    public void Syllabus_ScheduleIsPlan_LogisticsGradingAndAdviceAreReferenceWithNoItems()
    {
        var result = RoadmapImporter.Import(Syllabus);

        Assert.Equal(
            [("Logistics", SectionRole.Reference, 0), ("Schedule", SectionRole.Plan, 2), ("Workload Breakdown", SectionRole.Reference, 0), ("Presentations", SectionRole.Reference, 0)],
            result.Sections.Select(s => (s.Title, s.Role, s.ItemCount)));
        Assert.Equal(["Introduction", "Datalog"], result.Roadmap.AllItems().Select(i => i.Title));
        Assert.Equal(3, result.Sections[0].Line);
    }

    [Fact]
    public void CheckboxesMakeAListPlan_EvenUnderAReferenceWord()
    {
        var result = RoadmapImporter.Import("# Plan\n\n## Books\n\n- [ ] Read SICP\n- [x] Read CLRS\n");

        Assert.Equal(SectionRole.Plan, Assert.Single(result.Sections).Role);
        Assert.Equal(2, result.ItemCount);
    }

    [Theory]
    [InlineData("- Day 3: read SICP\n- Day 4: read CLRS\n")]
    [InlineData("- 2025-01-05 read SICP\n- 2025-01-06 read CLRS\n")]
    [InlineData("- [In progress] read SICP\n- [Done] read CLRS\n")]
    [InlineData("- **Day 3:** read *SICP*\n- Day 4: read CLRS\n")]
    public void NumberedDaysDatesAndStatusWords_MakeAListPlan_EvenUnderAReferenceWord(string list)
    {
        var result = RoadmapImporter.Import($"# Plan\n\n## Books\n\n{list}");

        Assert.Equal(SectionRole.Plan, Assert.Single(result.Sections).Role);
        Assert.Equal(2, result.ItemCount);
    }

    [Theory]
    [InlineData("Overview (6 months)", false)]
    [InlineData("Background (2-3 weeks)", false)]
    [InlineData("Months 1-3: Basics", true)]
    [InlineData("Basics (Weeks 1-4)", true)]
    public void AUnitAfterANumberIsALength_NotAPartOfThePlan(string heading, bool namesAPart)
    {
        var result = RoadmapImporter.Import($"# Plan\n\n## {heading}\n\nWhy.\n\n## Loops\n\n- Learn loops\n");

        Assert.Equal(namesAPart, result.Sections[0].Reason == "its heading names a part of a plan");
    }

    [Theory]
    [InlineData("Recursos de Aprendizado")]
    [InlineData("Литература")]
    [InlineData("推荐学习资料")]
    [InlineData("License")]
    public void ReferenceVocabulary_InSeveralLanguages(string heading)
    {
        var result = RoadmapImporter.Import($"# Plan\n\n## Week 1\n\n- Learn loops\n\n## {heading}\n\n- Some book\n- Another book\n");

        Assert.Equal(SectionRole.Reference, result.Sections.Single(s => s.Title == heading).Role);
        Assert.Equal(["Learn loops"], result.Roadmap.AllItems().Select(i => i.Title));
    }

    [Theory]
    [InlineData("Semana 1")]
    [InlineData("第 1 周")]
    [InlineData("Неделя 1")]
    [InlineData("Module 2: Links")]
    public void PlanWords_InSeveralLanguages_WinOverReferenceWords(string heading)
    {
        var result = RoadmapImporter.Import($"# Study\n\n## {heading}\n\n- Learn loops\n");

        Assert.Equal(SectionRole.Plan, Assert.Single(result.Sections).Role);
    }

    [Fact]
    public void ListOfBareLinks_IsReference()
    {
        var result = RoadmapImporter.Import("# Study\n\n## Week 1\n\n- Learn loops\n\n## Channels\n\n- [Alpha](https://a.example)\n- [Beta](https://b.example)\n");

        Assert.Equal(SectionRole.Reference, result.Sections.Single(s => s.Title == "Channels").Role);
    }

    [Fact]
    public void TitleNamingAPlan_LeavesItsPlainSectionsPlan()
    {
        var result = RoadmapImporter.Import("# My learning plan\n\n## Python\n- Learn loops\n\n## SQL\n- Learn joins\n");

        Assert.Equal(["Learn loops", "Learn joins"], result.Roadmap.AllItems().Select(i => i.Title));
    }

    [Fact]
    public void SectionsAboutTheCourse_AreReferenceButACourseNamedInAPlanHeadingIsNot()
    {
        const string md = """
            # ML 101

            ## Course Overview
            ### Learning Objectives
            - Understand overfitting

            ## Course Logistics
            - Room B201

            ## Book Progress — Python Crash Course
            | Chapter | Topic | Status |
            |---|---|---|
            | 1 | Variables | ✅ Complete |
            """;

        var result = RoadmapImporter.Import(md);

        Assert.Equal(["Variables"], result.Roadmap.AllItems().Select(i => i.Title));
        Assert.Equal([SectionRole.Reference, SectionRole.Reference, SectionRole.Reference, SectionRole.Plan], result.Sections.Select(s => s.Role));
    }

    [Fact]
    public void ScheduleUnderAReferenceSection_IsStillThePlan()
    {
        const string md = "# Robotics\n\n## Grading\n\n| Percent | Part |\n|---|---|\n| 50% | Labs |\n\n### Timeline\n\n| Week | Topic |\n|---|---|\n| 1 | Kinematics |\n| 2 | Sensors |\n";

        var result = RoadmapImporter.Import(md);

        Assert.Equal(["Kinematics", "Sensors"], result.Roadmap.AllItems().Select(i => i.Title));
        Assert.Equal("Timeline", Assert.Single(result.Roadmap.Phases).Title);
    }

    [Fact]
    public void NotesTableAndFactsAboveThePlan_AreNotTasks()
    {
        const string md = """
            # Study group

            - Setup: one laptop with three virtual machines
            - Purpose: pass the exam this autumn

            ## Schedule

            | Week | Topic |
            |---|---|
            | 1 | Pods |

            ## Languages and notes

            | Language | Note for the teacher |
            |---|---|
            | C | Shows pointers |
            """;

        var result = RoadmapImporter.Import(md);

        Assert.Equal(["Pods"], result.Roadmap.AllItems().Select(i => i.Title));
        Assert.Equal(SectionRole.Reference, result.Sections.Single(s => s.Title == "Languages and notes").Role);
        Assert.Contains(result.Warnings, w => w.Line == 3 && w.Message.Contains("facts ('label: value')", StringComparison.Ordinal));
    }
}
