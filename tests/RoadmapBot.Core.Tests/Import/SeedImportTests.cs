using RoadmapBot.Core.Import;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Tests.Import;

public sealed class SeedImportTests
{
    public static TheoryData<string> SeedFiles => new(Seeds.All.Select(System.IO.Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void EverySeed_ImportsWithTasksAndLineNumbers(string file)
    {
        var result = RoadmapImporter.Import(File.ReadAllBytes(System.IO.Path.Combine(Seeds.Folder, file)));

        Assert.True(result.HasTasks);
        Assert.All(result.Roadmap.AllItems(), i => Assert.True(i.Line > 0));
        Assert.Equal(result.ItemCount, result.Roadmap.AllItems().Select(i => i.Key).Distinct().Count());
    }

    [Fact]
    public void Seed000_HasSevenPhasesAnd72ItemsWithExactKeys()
    {
        var roadmap = Seeds.Import("000").Roadmap;
        var items = roadmap.AllItems().ToList();

        Assert.Equal(7, roadmap.Phases.Count);
        Assert.Equal(72, items.Count);
        Assert.Equal(54, items.Count(i => i.Kind == ItemKind.Task));
        Assert.Equal(18, items.Count(i => i.Kind == ItemKind.Project));
        var taskKeys = Enumerable.Range(1, 53).SelectMany(n => n == 11 ? new[] { "t11a", "t11b" } : [$"t{n}"]);
        string[] projectKeys = ["p1.1", "p1.2", "p1.3", "p2.1", "p2.2", "p2.3", "p2.4", "p3.1", "p3.2", "p3.3", "p3.4",
            "p4.1", "p4.2", "p4.3", "p5.1", "p6.1", "p7.1", "p7.2"];
        Assert.Equal(taskKeys.Concat(projectKeys).Order(), items.Select(i => i.Key).Order());
    }

    [Fact]
    public void Seed000_ItemsCarryNotionProperties()
    {
        var items = Seeds.Import("000").Roadmap.AllItems().ToDictionary(i => i.Key);

        Assert.All(items.Values, i => Assert.NotNull(i.Priority));
        Assert.All(items.Values, i => Assert.NotEmpty(i.Skills));
        Assert.Equal(70, items.Values.Count(i => i.Hours is not null));
        Assert.Null(items["t52"].Hours);
        Assert.Null(items["t53"].Hours);
        Assert.Equal(200, items["t50"].Hours);
        Assert.Equal(500, items["p7.2"].Hours);
        Assert.Equal(1000, items["p7.1"].Hours);
        var t1 = items["t1"];
        Assert.Equal("Python Fundamentals", t1.Title);
        Assert.Equal(Priority.High, t1.Priority);
        Assert.Equal(40, t1.Hours);
        Assert.Equal(["python", "programming-fundamentals"], t1.Skills);
        Assert.Equal("Python fundamentals cheat sheet + 20 coding exercises", t1.Deliverable);
        Assert.Contains(t1.Links, l => l.Url == "https://www.coursera.org/learn/python-for-applied-data-science-ai");
        Assert.Equal("AWS Data Engineering Services Mastery", items["t11a"].Title);
        Assert.Equal(Priority.Medium, items["t4"].Priority);
    }

    [Fact]
    public void Seed000_ReadsHabitsTargetsReviewAndCriteria()
    {
        var roadmap = Seeds.Import("000").Roadmap;

        Assert.Equal(
            [("sql", 4.0, "problems"), ("project", 2.0, "hours"), ("commits", 1.0, "commits"), ("reading", 30.0, "minutes"), ("update", (double?)null, "yes/no")],
            roadmap.Habits.Select(h => (h.Metric, h.Target, h.Unit)));
        Assert.Contains(roadmap.WeeklyTargets, t => t is { Metric: "applications", Target: 15 });
        Assert.Equal(["Completed This Week", "Metrics", "Next Week Priorities", "Blockers/Challenges"], roadmap.ReviewQuestions);
        Assert.All(roadmap.Phases.Take(5), p => Assert.Equal(5, p.ExitCriteria.Count));
        Assert.Equal("250+ SQL problems solved (LeetCode/StrataScratch top 10%)", roadmap.Phases[0].ExitCriteria[0]);
        Assert.Contains("1. Drop lowest priority tasks", roadmap.BehindScheduleAdvice);
        Assert.Equal((new DateOnly(2025, 12, 1), new DateOnly(2026, 2, 28)), (roadmap.Phases[0].Start!.Value, roadmap.Phases[0].End!.Value));
        Assert.Equal(new DateOnly(2028, 1, 1), roadmap.Phases[6].Start);
        Assert.Null(roadmap.Phases[6].End);
    }

    [Fact]
    public void Seed001_RepairsMojibakeAndReadsPillarsTargetsAndWeekdayLoop()
    {
        var result = Seeds.Import("001");
        var roadmap = result.Roadmap;
        var allText = string.Join('\n', roadmap.AllItems().Select(i => i.Title).Append(roadmap.Title));

        Assert.Equal(4, roadmap.Phases.Count);
        Assert.True(result.ItemCount >= 10);
        Assert.DoesNotContain("Ô∏è", allText);
        Assert.DoesNotContain("‚Üí", allText);
        Assert.Contains(result.Warnings, w => w.Message.Contains("Mac Roman"));
        Assert.Equal("The Apex Engineer: Senior Data Engineering Roadmap", roadmap.Title);
        Assert.Equal(7, roadmap.Skills.Count);
        Assert.Equal([(5.0, "ph1"), (10.0, "ph2"), (15.0, "ph3")],
            roadmap.WeeklyTargets.Where(t => t.Metric == "applications").Select(t => (t.Target, t.PhaseKey!)));
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday], roadmap.WeekdayThemes[0].Days);
        Assert.Equal("Deep Work", roadmap.WeekdayThemes[0].Title);
        Assert.Equal(4, roadmap.WeekdayThemes.Count);
        Assert.Equal((10, (int?)null), (roadmap.Phases[3].FirstWeek!.Value, roadmap.Phases[3].LastWeek));
    }

    [Fact]
    public void Seed001_RestoresArrowsAndEmoji()
    {
        var raw = File.ReadAllText(Seeds.Path("001"));
        var repaired = MojibakeRepair.Check(raw, out var encoding, out _);
        Assert.Equal("Mac Roman", encoding);
        Assert.Contains("→", repaired);
        Assert.Contains("🏔️", repaired);
        Assert.DoesNotContain("üèîÔ∏è", repaired);
    }

    [Fact]
    public void Seed002_Has66ItemsEachInOneOf32Weeks()
    {
        var roadmap = Seeds.Import("002").Roadmap;
        var items = roadmap.AllItems().ToList();

        Assert.Equal(6, roadmap.Phases.Count);
        Assert.Equal(66, items.Count);
        Assert.Equal(Enumerable.Range(1, 32), items.Select(i => i.Week!.Value).Distinct().Order());
        Assert.All(roadmap.Phases, p => Assert.All(p.Items, i => Assert.InRange(i.Week!.Value, p.FirstWeek!.Value, p.LastWeek!.Value)));
        Assert.Equal(5, roadmap.WeeklyChecklist.Count);
        Assert.Equal("w1.1", items[0].Key);
    }

    [Fact]
    public void Seed003_Has21ItemsTiedToTheirDays()
    {
        var result = Seeds.Import("003");
        var roadmap = result.Roadmap;
        var items = roadmap.AllItems().ToList();

        Assert.Equal(2, roadmap.Phases.Count);
        Assert.Equal(21, items.Count);
        Assert.Equal(Enumerable.Range(1, 10), items.Select(i => i.Day!.Value).Distinct());
        Assert.All(items, i => Assert.NotNull(i.Weekday));
        Assert.All(items, i => Assert.NotNull(i.Outcome));
        var last = items.Where(i => i.Day == 10).ToList();
        Assert.Equal(2, last.Count);
        Assert.StartsWith("Create 1-page Data Product Sheet", last[0].Title);
        Assert.Contains("Security overview", last[0].Title);
        Assert.Contains(roadmap.Habits, h => h is { Metric: "hours", Target: 4, Period: "day" });
        Assert.Equal(3, roadmap.DefinitionOfDone.Count);
        Assert.Contains(result.Warnings, w => w.Line == 31 && w.Message.Contains("continued"));
    }

    [Fact]
    public void Seed004_Has81TimedItems_8Done_RescheduledOnce()
    {
        var roadmap = Seeds.Import("004").Roadmap;
        var items = roadmap.AllItems().ToList();

        Assert.Equal(81, items.Count);
        Assert.All(items, i => Assert.NotNull(i.Due));
        Assert.All(items, i => Assert.NotNull(i.End));
        Assert.Equal(8, items.Count(i => i.Status == ItemStatus.Done));
        var pandas = Assert.Single(items, i => i.Title.StartsWith("pandas transforms", StringComparison.Ordinal));
        Assert.Equal(new DateTime(2025, 10, 15, 9, 0, 0), pandas.Due);
        Assert.Equal(new DateTime(2025, 10, 15, 10, 30, 0), pandas.End);
        Assert.Equal(3, roadmap.BusyWindows.Count);
        Assert.Equal((new TimeOnly(7, 30), new TimeOnly(8, 45)), (roadmap.BusyWindows[0].Start, roadmap.BusyWindows[0].End));
        Assert.All(roadmap.BusyWindows, b => Assert.Equal(5, b.Days.Count));
    }
}
