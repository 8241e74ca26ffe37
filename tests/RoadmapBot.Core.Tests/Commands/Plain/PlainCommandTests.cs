using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Roadmaps;
using RoadmapBot.Core.Tests.Commands;

namespace RoadmapBot.Core.Tests.Commands.Plain;

/// <summary>Plain messages through the engine, on seed 000 (Thu 15 Jan 2026): applied through /log, /done, /check, or asked.</summary>
public sealed class PlainCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<TestBot> StartAsync(StorageProvider provider = StorageProvider.Sqlite, string space = "me", bool group = false)
    {
        var bot = await TestBot.StartAsync(provider);
        var reply = await bot.ReplyAsync("/import", group ? "admin" : "me", space, group, platformAdmin: group ? true : null,
            new ChatAttachment("roadmap.md", File.ReadAllBytes(Seeds.Path("000"))));
        Assert.StartsWith("Imported", reply.ToPlainText());
        await bot.JoinedLongAgoAsync("me", space, group);
        return bot;
    }

    private static async Task<List<string>> LogsAsync(TestBot bot)
    {
        await using var db = bot.Db();
        return (await db.MetricLogs.OrderBy(l => l.Id).ToListAsync(Ct)).Select(l => $"{l.Metric} {l.Amount} {l.LocalDate:yyyy-MM-dd}").ToList();
    }

    private static async Task<ItemStatus?> StatusAsync(TestBot bot, string key)
    {
        await using var db = bot.Db();
        return (await db.Progress.SingleOrDefaultAsync(p => p.ItemKey == key, Ct))?.Status;
    }

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task CertainMessage_IsAppliedAtOnceThroughLog_AndOneUndoTakesItBack(StorageProvider provider)
    {
        await using var bot = await StartAsync(provider);

        var reply = await bot.ReplyAsync("did 4 sql problems and 2h on the project yesterday");

        var text = reply.ToPlainText();
        Assert.Contains("Logged for Wed 14 Jan:", text);
        Assert.Contains("sql +4 problems — 4/4 ✅ target met", text);
        Assert.Contains("project +2 hours — 2/2 ✅ target met", text);
        Assert.Contains("Not what you meant? /undo takes it back.", text);
        Assert.Contains(reply.Buttons, b => b.Command == "/undo");
        Assert.Equal(["sql 4 2026-01-14", "project 2 2026-01-14"], await LogsAsync(bot));

        Assert.Equal("Undone: /log sql 4 project 2 2026-01-14", await bot.SendAsync("/undo"));
        Assert.Empty(await LogsAsync(bot));
    }

    [Fact]
    public async Task StatusAndTick_AreAppliedWithTheSameRulesAsTheirCommands()
    {
        await using var bot = await StartAsync();

        var reply = await bot.SendAsync("t5 done, posted my progress update");

        Assert.Contains("✅ t5 Advanced SQL Fundamentals", reply);
        Assert.Contains("✅ Progress update checked for today.", reply);
        Assert.Contains("/undo takes back one change at a time (2 here)", reply);
        Assert.Equal(ItemStatus.Done, await StatusAsync(bot, "t5"));
        Assert.Contains("t5 was already done.", await bot.SendAsync("finished t5"));
    }

    [Fact]
    public async Task ANumberBeforeAYesNoHabit_TicksIt_AndLogsNoAmount()
    {
        await using var bot = await StartAsync();

        var reply = await bot.SendAsync("did 4 sql and posted 1 progress update");

        Assert.Contains("✅ Progress update checked for today.", reply);
        Assert.StartsWith("sql 4 ", Assert.Single(await LogsAsync(bot)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BlockedWithReason_KeepsTheReasonAsTyped()
    {
        await using var bot = await StartAsync();

        await bot.SendAsync("blocked on t12: no AWS account");

        await using var db = bot.Db();
        var row = await db.Progress.SingleAsync(p => p.ItemKey == "t12", Ct);
        Assert.Equal((ItemStatus.Blocked, "Blocked: no AWS account"), (row.Status, row.Notes));
    }

    [Fact]
    public async Task UncertainMessage_IsAskedWithButtons_AndAppliedOnlyByYes()
    {
        await using var bot = await StartAsync();

        var reply = await bot.ReplyAsync("finished the pandas task");

        Assert.Equal("Did you mean:\n• /done t2\nTap ✅ Yes (or send /yes) to apply it.", reply.ToPlainText()[..reply.ToPlainText().IndexOf("\n[", StringComparison.Ordinal)]);
        Assert.Equal([new ChatButton("✅ Yes", "/yes")], reply.Buttons);
        Assert.Null(await StatusAsync(bot, "t2"));

        Assert.Contains("✅ t2 Data Manipulation with Pandas", await bot.SendAsync("/yes"));
        Assert.Equal(ItemStatus.Done, await StatusAsync(bot, "t2"));
        Assert.StartsWith("Nothing is waiting for a yes.", await bot.SendAsync("/yes"));
    }

    [Fact]
    public async Task UncertainReading_WaitsOnlyHalfADay()
    {
        await using var bot = await StartAsync();
        await bot.SendAsync("did 4 sqll problems");

        bot.Time.Advance(TimeSpan.FromHours(13));

        Assert.StartsWith("Nothing is waiting for a yes.", await bot.SendAsync("/yes"));
        Assert.Empty(await LogsAsync(bot));
    }

    [Theory]
    [InlineData("thanks!", "Nothing to log in that.")]
    [InlineData("how many sql problems do I have left?", "Nothing to log in that.")]
    [InlineData("4 blah", "I didn't catch that.")]
    [InlineData("t5", "I didn't catch that.")]
    [InlineData("did 20 sql problems last week", "I keep logs one day at a time: say which day")]
    [InlineData("read 300 min so far this month", "I keep logs one day at a time: say which day")]
    [InlineData("read 20 pages of DDIA", "I didn't catch that.")]          // reading is kept in minutes: 20 pages are not 20 minutes
    [InlineData("wrote 400 lines for the project", "I didn't catch that.")]
    public async Task NoLog_GetsAShortHint_AndChangesNothing(string message, string hint)
    {
        await using var bot = await StartAsync();

        Assert.StartsWith(hint, await bot.SendAsync(message));
        Assert.Empty(await LogsAsync(bot));
        Assert.Null(await StatusAsync(bot, "t5"));
    }

    [Fact]
    public async Task LogRules_StillApply_AndNothingRefusedIsOfferedForUndo()
    {
        await using var bot = await StartAsync();

        var reply = await bot.ReplyAsync("did 4 sql problems 40 days ago");

        Assert.Equal("You can log up to 30 days back.", reply.ToPlainText());
        Assert.Empty(await LogsAsync(bot));
    }

    [Fact]
    public async Task InAGroup_OnlyMessagesMeantForTheBotAreRead()
    {
        await using var bot = await StartAsync(space: "club", group: true);
        var chatter = new ChatMessage(ChatPlatform.Console, "club", true, "me", "me", "did 4 sql problems");

        Assert.Empty(await bot.Engine.HandleAsync(chatter, Ct));
        Assert.Empty(await LogsAsync(bot));

        var replies = await bot.Engine.HandleAsync(chatter with { AddressedToBot = true }, Ct);

        Assert.Contains("sql +4 problems", Assert.Single(replies).ToPlainText());
        Assert.Equal("me", Assert.Single(replies).Buttons.Single(b => b.Command == "/undo").For);
        Assert.Equal(["sql 4 2026-01-15"], await LogsAsync(bot));
    }

    [Theory]
    [InlineData("what's next?", "/today")]
    [InlineData("how am I doing", "/progress")]
    [InlineData("which tasks are open?", "/tasks")]
    [InlineData("what are the commands?", "/help")]
    public async Task Question_IsPointedToTheCommandThatAnswersIt_AndChangesNothing(string message, string command)
    {
        await using var bot = await StartAsync();

        var reply = await bot.ReplyAsync(message);

        Assert.StartsWith($"I read logs here, not questions: {command} answers that one.", reply.ToPlainText());
        Assert.Equal([command], reply.Buttons.Select(b => b.Command));
        Assert.Empty(await LogsAsync(bot));
    }

    [Fact]
    public async Task ACommandsNameWithoutTheSlash_IsThatCommand()
    {
        await using var bot = await StartAsync();
        await bot.SendAsync("did 4 sql problems");

        Assert.Equal(await bot.SendAsync("/today"), await bot.SendAsync("Today"));
        Assert.StartsWith("Undone", await bot.SendAsync("undo!"));
        Assert.Empty(await LogsAsync(bot));
        Assert.StartsWith("Nothing is waiting for a yes", await bot.SendAsync("yes"));
        Assert.StartsWith("Nothing to log in that.", await bot.SendAsync("today was long"));
    }
}
