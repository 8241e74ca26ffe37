using RoadmapBot.Core.Import;

namespace RoadmapBot.Core.Tests.Import;

/// <summary>Numbers written in other scripts' digits (full-width "３" in Chinese text, Arabic-Indic "٣") and numbers too large to count.</summary>
public sealed class ImporterReadsDigitsOfAnyScriptTests
{
    [Fact]
    public void PhaseNumberAndMonths_InArabicIndicDigits_AreRead()
    {
        var result = RoadmapImporter.Import("# Plan\n\n## Phase ٢ (Jan ٢٠٢٦)\n\n- [ ] Read the guide\n");

        var phase = Assert.Single(result.Roadmap.Phases);
        Assert.Equal("ph2", phase.Key);
        Assert.Equal(new DateOnly(2026, 1, 1), phase.Start);
        Assert.Equal(new DateOnly(2026, 1, 31), phase.End);
    }

    [Fact]
    public void Duration_InFullWidthDigits_IsRead()
    {
        var result = RoadmapImporter.Import("# 计划\n\n## Phase 1\n\n- [ ] 学习 SQL (２ weeks)\n");

        Assert.Equal(14, Assert.Single(result.Roadmap.AllItems()).DurationDays);
    }

    [Fact]
    public void WeekHeading_InFullWidthDigits_IsRead()
    {
        var result = RoadmapImporter.Import("# 计划\n\n## Phase 1\n\n### Week ３\n\n- [ ] 学习 SQL\n");

        Assert.Equal(3, Assert.Single(result.Roadmap.AllItems()).Week);
    }

    [Fact]
    public void ObsidianDueDate_InArabicIndicDigits_IsRead()
    {
        var result = RoadmapImporter.Import("# Plan\n\n## Phase 1\n\n- [ ] Read 📅 ٢٠٢٦-٠١-٠٥\n");

        Assert.Equal(new DateTime(2026, 1, 5), Assert.Single(result.Roadmap.AllItems()).Due?.Date);
    }

    [Fact]
    public void NumbersTooLargeToCount_ImportWithoutFailing()
    {
        var result = RoadmapImporter.Import("# Plan\n\n## Phase 99999999999\n\n### Week 99999999999\n\n- [ ] Read (99999999999 weeks)\n    - **Hours:** 99999999999999999999\n");

        Assert.Equal("Read (99999999999 weeks)", Assert.Single(result.Roadmap.AllItems()).Title);
    }
}
