using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Commands;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Scheduling;

namespace RoadmapBot.Core.Tests.Commands;

public sealed class MemberDirectoryTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 1, 15, 9, 0, 0, TimeSpan.Zero);
    private TestBot _bot = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _bot = await TestBot.StartAsync();

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    private static ChatMessage From(string user, string space, bool group, bool? admin = null, string name = "Ann") =>
        new(ChatPlatform.Console, space, group, user, name, "/help") { SenderIsPlatformAdmin = admin };

    [Fact]
    public async Task Ensure_FirstPrivateMessage_CreatesThePrivateSpaceWithTheMemberAsAdmin()
    {
        await using var db = _bot.Db();

        var (space, member, roadmap) = await MemberDirectory.EnsureAsync(db, From("7", "7", group: false), Now, Ct);

        Assert.Equal(("7", false), (space.ExternalId, space.IsGroup));
        Assert.Equal(("7", "Ann", true), (member.UserId, member.DisplayName, member.IsAdmin));
        Assert.Null(roadmap);
    }

    [Fact]
    public async Task Ensure_InAGroup_TheAdminFlagIsThePlatformsAnswer()
    {
        await using var db = _bot.Db();

        var (_, admin, _) = await MemberDirectory.EnsureAsync(db, From("1", "club", group: true, admin: true), Now, Ct);
        var (_, other, _) = await MemberDirectory.EnsureAsync(db, From("2", "club", group: true, admin: null), Now, Ct);

        Assert.True(admin.IsAdmin);
        Assert.False(other.IsAdmin);
    }

    [Fact]
    public async Task Ensure_AgainWithAnotherName_KeepsOneMemberAndTakesTheNewName()
    {
        await using var db = _bot.Db();
        await MemberDirectory.EnsureAsync(db, From("7", "7", group: false), Now, Ct);

        var (_, member, _) = await MemberDirectory.EnsureAsync(db, From("7", "7", group: false, name: "  Annie "), Now, Ct);

        Assert.Equal("Annie", member.DisplayName);
        Assert.Equal(1, await db.Members.CountAsync(Ct));
    }

    [Theory]
    [InlineData("{\"unreachable\":true}")]
    [InlineData("{ \"unreachable\": true, \"deliverHere\": true }")]
    public async Task Ensure_AMemberMarkedUnreachableWritesAgain_IsReachableAgain(string settings)
    {
        await using (var db = _bot.Db())
        {
            var (_, member, _) = await MemberDirectory.EnsureAsync(db, From("7", "7", group: false), Now, Ct);
            member.Settings = settings;
            await db.SaveChangesAsync(Ct);
        }
        await using var again = _bot.Db();

        var (_, written, _) = await MemberDirectory.EnsureAsync(again, From("7", "7", group: false), Now, Ct);

        Assert.False(ReminderSettings.Parse(written.Settings).Unreachable);
    }

    [Fact]
    public async Task Ensure_KeepsThePlatformUsername_AndFollowsItsChange()
    {
        await using var db = _bot.Db();
        await MemberDirectory.EnsureAsync(db, From("7", "club", group: true) with { Username = "ann_l" }, Now, Ct);

        var (_, member, _) = await MemberDirectory.EnsureAsync(db, From("7", "club", group: true) with { Username = "ann_lima" }, Now, Ct);

        Assert.Equal("ann_lima", (await db.Members.AsNoTracking().SingleAsync(m => m.Id == member.Id, Ct)).Username);
    }

    [Fact]
    public async Task Find_AMemberWhoWroteInTheGroup_ByTheirUsername_InProgressAndBuddy()
    {
        await _bot.ImportAsync(TestRoadmaps.Mini, "club", group: true);
        await _bot.Engine.HandleAsync(new ChatMessage(ChatPlatform.Console, "club", true, "555", "Carl", "/today") { Username = "carl_the_learner" }, Ct);
        await _bot.SendAsync("/today", "ann", "club", group: true);

        var progress = await _bot.ReplyAsync("/progress @carl_the_learner", "ann", "club", group: true);
        var buddy = await _bot.SendAsync("/buddy @Carl_The_Learner", "ann", "club", group: true);

        Assert.StartsWith("Progress of Carl", progress.ToPlainText());
        Assert.StartsWith("🤝 ann asks Carl to be accountability buddies", buddy);
    }

    [Fact]
    public async Task Find_ByIdThenUsernameThenDisplayName()
    {
        var members = new[]
        {
            new Member { UserId = "1", DisplayName = "bob", Username = "robert" },
            new Member { UserId = "2", DisplayName = "Robert", Username = "bob" },
        };

        Assert.Equal(("1", "2", "2", null), (MemberDirectory.Find(members, "1")?.UserId, MemberDirectory.Find(members, "@BOB")?.UserId,
            MemberDirectory.Find(members, "bob")?.UserId, MemberDirectory.Find(members, "@carl")?.UserId));
    }
}
