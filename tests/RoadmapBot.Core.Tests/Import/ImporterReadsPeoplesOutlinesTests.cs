using RoadmapBot.Core.Import;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Tests.Import;

/// <summary>How a document's plan is divided: weeks inside modules, a plan written twice, options, disclosures, diaries.</summary>
public sealed class ImporterReadsPeoplesOutlinesTests
{
    [Fact]
    public void WeeksRestartingInEachModule_TheModulesAreThePhases()
    {
        const string md = """
            # Study Roadmap

            ## Overview

            | Module | Duration | Status |
            |---|---|---|
            | M01 | 3 semanas | Em andamento |
            | M02 | 4 semanas | Não iniciado |

            ## Modules in detail

            ### M01 - Frontend

            #### Semana 1-2
            - HTML basics
            - CSS layout

            #### Semana 3
            - DOM events

            ### M02 - Backend

            #### Semana 1-2
            - Java syntax

            #### Semana 3-4
            - Exceptions
            - Final project

            ## Avaliação
            - Participação: 20%
            - Projeto: 80%
            """;

        var roadmap = RoadmapImporter.Import(md).Roadmap;

        Assert.Equal([("M01 - Frontend", 3), ("M02 - Backend", 3)], roadmap.Phases.Select(p => (p.Title, p.Items.Count)));
    }

    [Fact]
    public void WeekHeadingsInChinese_WrittenTwice_AreImportedOnceFromTheCopyWithTheTasks()
    {
        const string md = """
            # 学习计划

            ## 总览
            - 第 1 周：基础
            - 第 2 周：数据库

            ## 详细计划

            ### 第 1 周（基础）
            - 第 1 天：阅读代码
              - 产出：笔记
            - 第 2 天：写测试

            ### 第 2 周（数据库）
            - 会话管理

            ## 清单

            ### 第 1 周（基础）
            - [ ] 阅读代码
            - [ ] 写测试

            ### 第 2 周（数据库）
            - [ ] 会话管理
            """;

        var roadmap = RoadmapImporter.Import(md).Roadmap;

        Assert.Equal(2, roadmap.Phases.Count);
        Assert.Equal(["阅读代码", "写测试", "会话管理"], roadmap.AllItems().Select(i => i.Title));
    }

    [Fact]
    public void SameWeeksAsASummaryThenInDetail_TheDetailedCopyIsImportedOnce()
    {
        const string md = """
            # Plan

            ## Summary

            ### Week 1: Basics
            - Read the docs

            ### Week 2: SQL
            - Joins

            ## In detail

            ### Week 1: Basics
            - Read the docs
            - Install the tools

            ### Week 2: SQL
            - Joins
            - Indexes
            """;

        var result = RoadmapImporter.Import(md);

        Assert.Equal(2, result.Roadmap.Phases.Count);
        Assert.Equal(["Read the docs", "Install the tools", "Joins", "Indexes"], result.Roadmap.AllItems().Select(i => i.Title));
        Assert.Contains(result.Warnings, w => w.Line == 5 && w.Message.Contains("summary", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void ListOfferedAsOptions_IsNotSubtasks()
    {
        const string md = """
            # Course

            ## Week 1

            ### Assignments

            1. Read the chapter.
            2. Build a chat app.

                *Not sure what to build?*  Try one of the following:
                * Add an image to every message
                * Make the messages fall like leaves
            """;

        var items = RoadmapImporter.Import(md).Roadmap.AllItems().ToList();

        Assert.Equal(["Read the chapter.", "Build a chat app."], items.Select(i => i.Title));
    }

    [Fact]
    public void DisclosuresWithAStatusMark_AreItemsWithThatStatus()
    {
        const string md = """
            ⏳In Progress || ✅Complete || ➖Not Started
            <details>
            <summary><strong>✅ Learn Python</strong></summary>

            ```
            Intro      [✔️] [✔️]
            ```
            </details>

            <details>
            <summary><strong>⏳ Learn C</strong></summary>
            </details>

            <details>
            <summary><strong>➖ Learn SQL</strong></summary>
            </details>

            <details>
            <summary>Translations:</summary>

            [Deutsch](https://example.org/de), [Español](https://example.org/es)
            </details>
            """;

        var items = RoadmapImporter.Import(md).Roadmap.AllItems().ToList();

        Assert.Equal(["Learn Python", "Learn C", "Learn SQL"], items.Select(i => i.Title));
        Assert.Equal([ItemStatus.Done, ItemStatus.Doing, ItemStatus.Todo], items.Select(i => i.Status));
    }

    [Fact]
    public void DiaryOfDatedProse_ImportsNoTasksAndSaysItIsADiary()
    {
        const string md = """
            # Day 2 (2024-03-26)

            Read chapter 2. It was fun.

            # Day 1 (2024-03-25)

            Read chapter 1, and chose three principles:

            1. Focus: one thing at a time.
            2. Drill: the weakest point.

            # Day 0 (2024-03-24)

            Installed Rust.
            """;

        var result = RoadmapImporter.Import(md);

        Assert.Empty(result.Roadmap.AllItems());
        Assert.Contains(result.Warnings, w => w.Message.Contains("diary", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void WeekHeadingsInEveryPlanLanguage_GiveTheirPhasesAndItemsTheirWeek()
    {
        const string md = "# Plan\n\n## Semana 1\n- [ ] Leer\n\n## 第 2 周\n- [ ] 阅读\n\n## Неделя 3\n- [ ] Читать\n\n## Week 4\n- [ ] Read\n";

        var roadmap = RoadmapImporter.Import(md).Roadmap;

        Assert.Equal([1, 2, 3, 4], roadmap.Phases.Select(p => p.FirstWeek));
        Assert.Equal([1, 2, 3, 4], roadmap.AllItems().Select(i => i.Week));
        Assert.Equal("Week 4", roadmap.Phases[3].Title);
    }

    [Fact]
    public void CheckboxSectionBesideNumberedPhases_IsOneMorePhaseButNotOneUnderAnotherParent()
    {
        const string md = "# Tracker\n\n## Plan\n\n### Phase 1: Basics (Weeks 1-2)\n- [ ] Landing page\n\n### Capstone (Weeks 3-4)\n- [ ] Build the app\n\n" +
                          "## Extras\n\n### Badges\n- [ ] First commit\n";

        var result = RoadmapImporter.Import(md);

        Assert.Equal(["Basics", "Capstone"], result.Roadmap.Phases.Select(p => p.Title));
        Assert.Equal(3, result.Roadmap.Phases[1].FirstWeek);
        Assert.DoesNotContain(result.Roadmap.AllItems(), i => i.Title == "First commit");
        Assert.Contains(result.Warnings, w => w.Message.StartsWith("List in 'Badges' skipped", StringComparison.Ordinal));
    }

    [Fact]
    public void MonthHeadings_LastAMonthAndWeekHeadingsKeepOnlyTheirNames()
    {
        const string md = "# Plan\n\n## Month 1: Basics\n- [ ] Install tools\n\n## Months 2-3: Projects\n- [ ] Build app\n\n## Semana 4 (Repaso)\n- [ ] Repasar\n";

        var phases = RoadmapImporter.Import(md).Roadmap.Phases;

        Assert.Equal([30, 60, null], phases.Select(p => p.DurationDays));
        Assert.Equal("Repaso", phases[2].Title);
    }

    [Fact]
    public void LessonsLearnedJournal_DoesNotMakeThePlanAboveItReference()
    {
        const string md = "# 100 Days\n\n## Calendar\n\n1. Read chapter 1\n2. Do exercises\n\n## Lessons Learned\n\nSetup took longer than expected.\n";

        var result = RoadmapImporter.Import(md);

        Assert.Equal(["Read chapter 1", "Do exercises"], result.Roadmap.AllItems().Select(i => i.Title));
    }

    [Fact]
    public void TopicsNamedLikeARhythm_AreTasksUnlessTheHeadingSaysHowOften()
    {
        const string md = "# Go plan\n\n## Week 1\n### Conditionals and Loops\n- FizzBuzz\n### Goroutines\n- Worker pool\n### Setup checklist\n- Install Go\n" +
                          "\n## Weekly Checklist\n- Push code\n";

        var roadmap = RoadmapImporter.Import(md).Roadmap;

        Assert.Equal(["FizzBuzz", "Worker pool", "Install Go"], roadmap.AllItems().Select(i => i.Title));
        Assert.Equal(["Push code"], roadmap.WeeklyChecklist);
    }

    [Fact]
    public void RulesWithCheckboxesAfterTheWeeks_AreAdviceNotOneMorePhase()
    {
        const string md = "# Interview prep\n\n## Week 1\n- [x] Solve two problems\n\n## Week 2\n- [ ] Design a cache\n\n## Rules\n- [ ] Stop at the end of each block\n";

        var roadmap = RoadmapImporter.Import(md).Roadmap;

        Assert.Equal(["Week 1", "Week 2"], roadmap.Phases.Select(p => p.Title));
        Assert.Contains("Stop at the end of each block", roadmap.BehindScheduleAdvice);
    }
}
