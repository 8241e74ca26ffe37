using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Tests.Commands;

/// <summary>An imported file's done marks are the importing member's progress, in a group with two members.</summary>
public sealed class ImportMarksTests
{
    private static async Task<Dictionary<string, ItemStatus>> StatusesAsync(TestBot bot, string user)
    {
        var member = await bot.MemberAsync(user, "club");
        await using var db = bot.Db();
        return await db.Progress.Where(p => p.MemberId == member.Id).ToDictionaryAsync(p => p.ItemKey, p => p.Status, TestContext.Current.CancellationToken);
    }

    private static Task<string> SendAsync(TestBot bot, string text, string user) => bot.SendAsync(text, user, "club", group: true, platformAdmin: user == "ann");

    private static string Marked(params int[] done)
    {
        var text = TestRoadmaps.Mini.Replace("- [x] **Task 6:**", "- [ ] **Task 6:**", StringComparison.Ordinal);
        foreach (var n in done)
            text = text.Replace($"- [ ] **Task {n}:**", $"- [x] **Task {n}:**", StringComparison.Ordinal);
        return text;
    }

    [Fact]
    public async Task Import_InGroup_FileMarksAreDoneForTheImporterOnly()
    {
        await using var bot = await TestBot.StartAsync();
        await SendAsync(bot, "/start", "bob");

        var reply = await SendAsync(bot, "/import\n" + Marked(1, 2), "ann");

        Assert.Contains("The file's 2 items marked done are now done for you only; everyone else starts from zero.", reply);
        Assert.Equal(new Dictionary<string, ItemStatus> { ["t1"] = ItemStatus.Done, ["t2"] = ItemStatus.Done }, await StatusesAsync(bot, "ann"));
        Assert.Empty(await StatusesAsync(bot, "bob"));
        Assert.Contains("Progress: 0/6 done", await SendAsync(bot, "/progress", "bob"));
    }

    [Fact]
    public async Task Reimport_InGroup_FileSetsTheSendersDoneAndTodo_KeepsTheirDoingAndEveryoneElses()
    {
        await using var bot = await TestBot.StartAsync();
        await SendAsync(bot, "/import\n" + Marked(1, 2), "ann");
        await SendAsync(bot, "/doing t3", "ann");
        await SendAsync(bot, "/doing t4", "ann");
        await SendAsync(bot, "/done t1 t5", "bob");

        // Ann's file: t1 no longer done, t2 still done, t3 (doing in the bot) done, t4 (doing) not marked, t5 done.
        var diff = await SendAsync(bot, "/import\n" + Marked(2, 3, 5), "ann");
        var confirm = await SendAsync(bot, "/import confirm", "ann");

        Assert.Contains("The file's marks change your progress (only yours): 2 items done, 1 item back to todo.", diff);
        Assert.Contains("The file's marks set your progress: 2 items done, 1 item back to todo.", confirm);
        Assert.Equal(new Dictionary<string, ItemStatus>
        {
            ["t1"] = ItemStatus.Todo, ["t2"] = ItemStatus.Done, ["t3"] = ItemStatus.Done, ["t4"] = ItemStatus.Doing, ["t5"] = ItemStatus.Done,
        }, await StatusesAsync(bot, "ann"));
        Assert.Equal(new Dictionary<string, ItemStatus> { ["t1"] = ItemStatus.Done, ["t5"] = ItemStatus.Done }, await StatusesAsync(bot, "bob"));
    }

    [Fact]
    public async Task Reimport_FileWithoutAnyDoneMark_ChangesNobodysProgress()
    {
        await using var bot = await TestBot.StartAsync();
        await SendAsync(bot, "/import\n" + Marked(1), "ann");
        await SendAsync(bot, "/done t2", "ann");

        var diff = await SendAsync(bot, "/import\n" + Marked().Replace("Ship it", "Ship it well", StringComparison.Ordinal), "ann");
        await SendAsync(bot, "/import confirm", "ann");

        Assert.DoesNotContain("The file's marks", diff);
        Assert.Equal(new Dictionary<string, ItemStatus> { ["t1"] = ItemStatus.Done, ["t2"] = ItemStatus.Done }, await StatusesAsync(bot, "ann"));
    }

    [Fact]
    public async Task ExportThenImportByAnotherAdmin_GivesThemTheExportersDoneItems()
    {
        await using var bot = await TestBot.StartAsync();
        await SendAsync(bot, "/import\n" + Marked(), "ann");
        await SendAsync(bot, "/done t2 t4", "ann");
        var file = (await bot.ReplyAsync("/export md", "ann", "club", group: true, platformAdmin: true)).File!;

        await bot.ReplyAsync("/import", "bob", "other", group: true, platformAdmin: true, new ChatAttachment(file.FileName, file.Content));

        var bob = await bot.MemberAsync("bob", "other");
        await using var db = bot.Db();
        Assert.Equal(["t2", "t4"], await db.Progress.Where(p => p.MemberId == bob.Id && p.Status == ItemStatus.Done)
            .Select(p => p.ItemKey).OrderBy(k => k).ToListAsync(TestContext.Current.CancellationToken));
    }
}
