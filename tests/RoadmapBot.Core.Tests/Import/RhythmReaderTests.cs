using Markdig.Syntax;
using RoadmapBot.Core.Import;

namespace RoadmapBot.Core.Tests.Import;

public sealed class RhythmReaderTests
{
    private static RhythmReader ReadList(string markdown, SectionKind kind, PhaseDraft? phase = null, bool expectRead = true)
    {
        var reader = new RhythmReader(new RhythmDraft());
        Assert.Equal(expectRead, reader.ReadList(Blocks.First<ListBlock>(markdown).Block, kind, phase));
        return reader;
    }

    [Fact]
    public void ReadList_DailyHabits_OneHabitPerEntry_FromItsBoldText()
    {
        var habits = ReadList("- **4 SQL problems** (build speed)\n- **30 min reading**", SectionKind.Habits).Rhythm.Habits;

        Assert.Equal([("sql", 4d, "problems"), ("reading", 30d, "minutes")], habits.Select(h => (h.Metric, h.Target!.Value, h.Unit)));
    }

    [Fact]
    public void ReadList_CriteriaInsideAPhase_AreThatPhasesExitCriteria_ElseTheDefinitionOfDone()
    {
        var phase = new PhaseDraft(1, "Phase 1", 1);

        var inPhase = ReadList("- Ship the **CLI**\n- Tests pass", SectionKind.Criteria, phase).Rhythm;
        var outside = ReadList("- Deployed", SectionKind.Criteria).Rhythm;

        Assert.Equal(["Ship the CLI", "Tests pass"], phase.ExitCriteria);
        Assert.Empty(inPhase.DefinitionOfDone);
        Assert.Equal(["Deployed"], outside.DefinitionOfDone);
    }

    [Fact]
    public void ReadList_WeekdayLoop_ThemesByTheirDays()
    {
        var themes = ReadList("- **Mon/Wed:** **Build** (the project)\n- Anything else", SectionKind.WeekdayLoop).Rhythm.WeekdayThemes;

        var theme = Assert.Single(themes);
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Wednesday], theme.Days);
        Assert.Equal(("Build", "the project"), (theme.Title, theme.Detail));
    }

    [Fact]
    public void ReadList_Targets_AreWeeklyTargetsOfThePhase()
    {
        var target = Assert.Single(ReadList("- Applications Sent: Target 15/week", SectionKind.Targets, new PhaseDraft(2, "Hunt", 1)).Rhythm.WeeklyTargets);

        Assert.Equal(("applications", 15d, "ph2"), (target.Metric, target.Target, target.PhaseKey));
    }

    [Fact]
    public void ReadList_PlainTasks_AreNotRhythm_AndChangeNothing()
    {
        var rhythm = ReadList("- Read chapter 1", SectionKind.Tasks, expectRead: false).Rhythm;

        Assert.Empty(rhythm.Habits);
        Assert.Empty(rhythm.Advice);
    }

    [Fact]
    public void ReadCode_ReviewTemplate_ItsHeadingsAreTheQuestions_OtherSectionsCodeIsNotRead()
    {
        var code = Blocks.First<FencedCodeBlock>("```markdown\n## What shipped?\n## What blocked me?\n```").Block;
        var reader = new RhythmReader(new RhythmDraft());

        Assert.True(reader.ReadCode(code, SectionKind.Review));
        Assert.False(reader.ReadCode(code, SectionKind.Tasks));
        Assert.Equal(["What shipped?", "What blocked me?"], reader.Rhythm.ReviewQuestions);
    }

    [Fact]
    public void ReadParagraph_BusyLine_BusyWindowsOnItsDays_TimePerDayAHabit()
    {
        var reader = new RhythmReader(new RhythmDraft());

        reader.ReadParagraph(Blocks.First<ParagraphBlock>("Busy: Mon–Fri 09:00–17:00").Block);
        reader.ReadParagraph(Blocks.First<ParagraphBlock>("Study 2 hours / day.").Block);

        var busy = Assert.Single(reader.Rhythm.BusyWindows);
        Assert.Equal((new TimeOnly(9, 0), new TimeOnly(17, 0), 5), (busy.Start, busy.End, busy.Days.Count));
        Assert.Equal(("hours", 2d), (Assert.Single(reader.Rhythm.Habits).Metric, reader.Rhythm.Habits[0].Target!.Value));
    }
}
