using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Groups;
using RoadmapBot.Core.Reminders;
using RoadmapBot.Core.Scheduling;
using RoadmapBot.Core.Tests.Commands;

namespace RoadmapBot.Core.Tests.Groups;

public sealed class GroupLifeTests : IAsyncLifetime
{
    private TestBot _bot = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _bot = await TestBot.StartAsync();
        await _bot.SendAsync("/help", user: "ann", space: "club", group: true);
        await _bot.SendAsync("/help", user: "ann", space: "ann");
    }

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    private async Task<bool> AbsentAsync(string space)
    {
        await using var db = _bot.Db();
        return SpaceReminderSettings.Parse((await db.Spaces.SingleAsync(s => s.ExternalId == space, Ct)).Settings).BotAbsent;
    }

    [Fact]
    public async Task BotRemoved_ThenAddedBack_TheGroupsRemindersStopThenResume()
    {
        await _bot.Get<GroupLife>().SetBotPresentAsync(ChatPlatform.Console, ["club"], present: false, Ct);
        Assert.True(await AbsentAsync("club"));

        await _bot.Get<GroupLife>().SetBotPresentAsync(ChatPlatform.Console, ["club"], present: true, Ct);
        Assert.False(await AbsentAsync("club"));
    }

    [Fact]
    public async Task BotRemoved_LeavesPrivateSpacesAndUnknownChatsAlone()
    {
        await _bot.Get<GroupLife>().SetBotPresentAsync(ChatPlatform.Console, ["ann", "nowhere"], present: false, Ct);

        Assert.False(await AbsentAsync("ann"));
        await using var db = _bot.Db();
        Assert.Equal(2, await db.Spaces.CountAsync(Ct));
    }

    [Fact]
    public async Task GroupMoved_KeepsTheSpaceUnderItsNewId_AndASecondMoveChangesNothing()
    {
        await _bot.Get<GroupLife>().MoveAsync(ChatPlatform.Console, "club", "club-2", Ct);
        await _bot.Get<GroupLife>().MoveAsync(ChatPlatform.Console, "club", "club-2", Ct);

        await using var db = _bot.Db();
        Assert.Equal(["ann", "club-2"], await db.Spaces.Select(s => s.ExternalId).OrderBy(s => s).ToListAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task BotOnlyInTheListedGroups_EveryOtherGroupStops_PrivateSpacesUntouched(StorageProvider provider)
    {
        await using var bot = await TestBot.StartAsync(provider);
        await bot.SendAsync("/help", user: "ann", space: "club", group: true);
        await bot.SendAsync("/help", user: "ann", space: "gone", group: true);
        await bot.SendAsync("/help", user: "ann", space: "ann");

        await bot.Get<GroupLife>().SetBotOnlyInAsync(ChatPlatform.Console, ["club", "elsewhere"], Ct);

        await using var db = bot.Db();
        var absent = (await db.Spaces.AsNoTracking().ToListAsync(Ct)).ToDictionary(s => s.ExternalId, s => SpaceReminderSettings.Parse(s.Settings).BotAbsent);
        Assert.Equal(new Dictionary<string, bool> { ["club"] = false, ["gone"] = true, ["ann"] = false }, absent);
    }

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task MemberLeft_IsOffTheBoardAndGetsNoReminders_BackWhenTheyReturn(StorageProvider provider)
    {
        await using var bot = await TestBot.StartAsync(provider);
        await bot.ImportAsync(TestRoadmaps.Mini, "club", group: true);
        await bot.SendAsync("/done t1", "bob", "club", group: true);
        var bob = await bot.MemberAsync("bob", "club");

        await bot.Get<GroupLife>().SetMembersPresentAsync(ChatPlatform.Console, "club", ["bob", "never-wrote"], present: false, Ct);

        Assert.DoesNotContain("bob", await bot.SendAsync("/board", "admin", "club", group: true));
        Assert.DoesNotContain(await TargetsAsync(bot), t => t.MemberId == bob.Id);
        await using (var db = bot.Db())
            Assert.True(await db.Progress.AnyAsync(p => p.MemberId == bob.Id, Ct));

        await bot.Get<GroupLife>().SetMembersPresentAsync(ChatPlatform.Console, "club", ["bob"], present: true, Ct);

        Assert.Contains("bob", await bot.SendAsync("/board", "admin", "club", group: true));
        Assert.Contains(await TargetsAsync(bot), t => t.MemberId == bob.Id);
    }

    [Fact]
    public async Task MemberLeft_WhoWritesInTheGroupAgain_IsBackOnTheBoard()
    {
        await _bot.Get<GroupLife>().SetMembersPresentAsync(ChatPlatform.Console, "club", ["ann"], present: false, Ct);
        Assert.NotNull((await _bot.MemberAsync("ann", "club")).LeftAt);

        await _bot.SendAsync("/help", user: "ann", space: "club", group: true);

        Assert.Null((await _bot.MemberAsync("ann", "club")).LeftAt);
    }

    private static async Task<List<ReminderTarget>> TargetsAsync(TestBot bot)
    {
        await using var db = bot.Db();
        var now = bot.Time.GetUtcNow();
        return await ReminderTargets.LoadAsync(db, "UTC", now, now.AddDays(1), Ct);
    }
}
