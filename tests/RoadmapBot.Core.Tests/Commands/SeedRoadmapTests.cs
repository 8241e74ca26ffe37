using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Roadmaps;
using RoadmapBot.Core.Tests.Import;

namespace RoadmapBot.Core.Tests.Commands;

/// <summary>The "done when" session on seed 000: import, /done t1, /log sql 4, /progress.</summary>
public sealed class SeedRoadmapTests
{
    private static async Task<TestBot> StartWithSeed000Async()
    {
        var bot = await TestBot.StartAsync();
        var reply = await bot.ReplyAsync("/import", attachments: new ChatAttachment("roadmap.md", File.ReadAllBytes(Seeds.Path("000"))));
        Assert.StartsWith("Imported", reply.ToPlainText());
        Assert.Contains("7 phases, 72 items, 5 daily habits", reply.ToPlainText());
        return bot;
    }

    [Fact]
    public async Task Seed000_DoneLogProgress_RepliesAndDatabaseAgree()
    {
        await using var bot = await StartWithSeed000Async();

        var done = await bot.SendAsync("/done t1");
        var log = await bot.SendAsync("/log sql 4");
        var progress = await bot.SendAsync("/progress");

        Assert.Contains("✅ t1 Python Fundamentals", done);
        Assert.Contains("Progress: 1/72 done (1%)", done);
        Assert.Contains("sql +4 problems — 4/4 ✅ target met", log);
        Assert.Contains("Progress: 1/72 done (1%)", progress);
        Assert.Contains("Hours: 40 of", progress);
        Assert.Contains("Streak: 1 day", progress);
        await using var db = bot.Db();
        Assert.Equal(ItemStatus.Done, (await db.Progress.SingleAsync(p => p.ItemKey == "t1", TestContext.Current.CancellationToken)).Status);
        Assert.Equal(4, (await db.MetricLogs.SingleAsync(TestContext.Current.CancellationToken)).Amount);
    }

    [Fact]
    public async Task Seed000_ItemsWithoutDatesAreDueAtTheirPhasesEnd()
    {
        await using var bot = await StartWithSeed000Async();

        await using var db = bot.Db();
        var t1 = await db.Items.SingleAsync(i => i.Key == "t1", TestContext.Current.CancellationToken);
        var phase = await db.Phases.SingleAsync(p => p.Key == t1.PhaseKey, TestContext.Current.CancellationToken);
        Assert.Equal(phase.End, t1.DueDate);
    }

    [Fact]
    public async Task Seed000_PhaseShowsExitCriteriaAndTicksThem()
    {
        await using var bot = await StartWithSeed000Async();

        var reply = await bot.SendAsync("/phase tick 1");

        Assert.Contains("Exit criteria (1/5):", reply);
        Assert.Contains("✅ 1. 250+ SQL problems solved", reply);
        Assert.Contains("/phase tick 2", reply);
        Assert.Equal("Criterion 1 is already ticked ✅", await bot.SendAsync("/phase tick 1"));
        Assert.StartsWith("Tick a criterion with /phase tick N, N from 1 to 5", await bot.SendAsync("/phase tick 9"));
    }

    [Fact]
    public async Task Seed000_ReviewIsAFormAndStoresAnswers()
    {
        await using var bot = await StartWithSeed000Async();

        var form = await bot.ReplyAsync("/review");
        var answered = await bot.SendAsync("/review 2 sql 20, 3 applications");
        var again = await bot.ReplyAsync("/review");

        Assert.Equal(["Completed This Week", "Metrics", "Next Week Priorities", "Blockers/Challenges"], form.Form!.Questions.Select(q => q.Text));
        Assert.Equal(new DateOnly(2026, 1, 12), form.Form.WeekStart);
        Assert.StartsWith("Answer 2 saved. Next: 1. Completed This Week", answered);
        Assert.Equal("sql 20, 3 applications", again.Form!.Questions[1].Answer);
        await using var db = bot.Db();
        var stored = await db.ReviewAnswers.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((new DateOnly(2026, 1, 12), 2, "sql 20, 3 applications"), (stored.WeekStart, stored.Question, stored.Text));
    }

    [Fact]
    public async Task Seed000_PhaseFiveApplicationsTarget_CountsTheWeeksLogs()
    {
        await using var bot = await StartWithSeed000Async();
        bot.Time.SetUtcNow(new DateTimeOffset(2027, 2, 10, 9, 0, 0, TimeSpan.Zero));

        var reply = await bot.SendAsync("/log applications 3");
        var week = await bot.SendAsync("/week");

        Assert.Contains("applications +3", reply);
        Assert.Contains("applications: 3/15", week);
    }
}
