using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Reminders;
using RoadmapBot.Core.Scheduling;
using RoadmapBot.Telegram.Tests.Fakes;
using static RoadmapBot.Telegram.Tests.Fakes.TelegramUpdates;

namespace RoadmapBot.Telegram.Tests.EndToEnd;

public sealed class GroupTests : IAsyncLifetime
{
    private static readonly FakeUser Alice = new(201, "Alice");
    private static readonly FakeUser Bob = new(202, "Bob");
    private static readonly FakeUser Eve = new(203, "<b>Eve</b> & co");
    private static readonly FakeChat Group = FakeChat.Group(-100500);
    private readonly TempFolder _folder = new();
    private FakeBotApi _api = null!;
    private TelegramBotRig _bot = null!;

    public async ValueTask InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync();
        _api.SetAdmins(Group.Id, Alice.Id);
        _bot = await TelegramBotRig.StartAsync(_api, _folder.Database);
    }

    public async ValueTask DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _api.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task ThreeMembers_AdminImportsAndEveryoneReportsProgress()
    {
        var refused = await SendAsync(Bob, "/import@RoadmapTestBot\n## PHASE 1\n- [ ] **Task 1:** x");
        Assert.Contains("admin", refused.Text, StringComparison.OrdinalIgnoreCase);
        await ImportAsync(Alice);

        Assert.Contains("t1", (await SendAsync(Bob, "/done@RoadmapTestBot t1")).Text);
        Assert.Contains("sql", (await SendAsync(Eve, "/log sql 4")).Text);
        await SendAsync(Alice, "/done t1 t2");
        var board = await SendAsync(Bob, "/board");

        Assert.Contains("Alice", board.Text);
        Assert.Contains("Bob", board.Text);
        Assert.Contains("&lt;b&gt;Eve&lt;/b&gt; &amp; co", board.Text);
        Assert.DoesNotContain("<b>Eve", board.Text);
    }

    [Fact]
    public async Task MemberWhoLeft_IsOffTheBoard_UntilTheyWriteAgain()
    {
        await ImportAsync(Alice);
        await SendAsync(Bob, "/done t1");
        await SendAsync(Eve, "/done t1");

        _api.AddUpdate(MemberStatus(Group, Bob, "member", "left"));
        _api.AddUpdate(LeftChat(Group, Eve));
        var board = await SendAsync(Alice, "/board");

        Assert.DoesNotContain("Bob", board.Text);
        Assert.DoesNotContain("Eve", board.Text);
        await SendAsync(Bob, "/today");
        Assert.Contains("Bob", (await SendAsync(Alice, "/board")).Text);
    }

    [Fact]
    public async Task AdminDemotedOnTelegram_IsRefusedAdminCommandsAtOnce_NotWhenTheCachedListRunsOut()
    {
        await ImportAsync(Alice);
        Assert.Contains("start", (await SendAsync(Alice, "/plan start 2026-01-05")).Text);

        _api.SetAdmins(Group.Id);
        var plan = await SendAsync(Alice, "/plan shift 2 days");
        var import = await SendAsync(Alice, "/import\n## PHASE 1\n- [ ] **Task 1:** x");

        Assert.Equal("Only group admins can change the plan.", plan.Text);
        Assert.Contains("admin", import.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Imported", import.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChatMemberUpdate_ForgetsTheGroupsCachedAdminList()
    {
        await SendAsync(Bob, "/help");
        var asked = AdminListRequests();
        await SendAsync(Bob, "/help");
        Assert.Equal(asked, AdminListRequests());

        _api.AddUpdate(MemberStatus(Group, Alice, "administrator", "member"));
        await SendAsync(Bob, "/help");

        Assert.Equal(asked + 1, AdminListRequests());
    }

    private int AdminListRequests() => _api.Requests.Count(r => r.Method == "getChatAdministrators");

    [Fact]
    public async Task CommandsForAnotherBotAndPlainChatter_AreIgnored()
    {
        _api.AddUpdate(Text(Group, Bob, "/help@SomeOtherBot"));
        _api.AddUpdate(Text(Group, Bob, "good morning everyone"));
        var help = await SendAsync(Bob, "/help");

        Assert.Contains("/today", help.Text);
        Assert.Single(_api.Delivered(Group.Id));
    }

    [Fact]
    public async Task NoteWithHtml_IsEscapedInTheReply()
    {
        await ImportAsync(Alice);

        await SendAsync(Bob, "/note t1 <script>alert(1)</script> & <b>bold</b>");
        var task = await SendAsync(Bob, "/task t1");

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;", task.Text);
        Assert.DoesNotContain("<script>", task.Text);
    }

    [Fact]
    public async Task BotAddedToGroup_SaysHelloOnceAndExplainsTheImport()
    {
        _api.AddUpdate(BotMembership(Group, Alice, "left", "member"));

        await _api.WaitUntilAsync(a => a.Delivered(Group.Id).Count == 1, "the hello");
        Assert.Contains("admin imports the roadmap", _api.Delivered(Group.Id)[0].Text);
    }

    [Fact]
    public async Task BotRemovedFromGroup_StopsItsSchedulesThereUntilAddedBack()
    {
        await ImportAsync(Alice);

        _api.AddUpdate(BotMembership(Group, Alice, "member", "kicked"));
        await _api.WaitUntilAsync(_ => BotAbsent(), "the removal recorded");
        _api.AddUpdate(BotMembership(Group, Alice, "left", "member"));
        await _api.WaitUntilAsync(_ => !BotAbsent(), "the return recorded");
    }

    private bool BotAbsent()
    {
        using var db = _bot.Db();
        return SpaceReminderSettings.Parse(db.Spaces.Single().Settings).BotAbsent;
    }

    [Fact]
    public async Task SupergroupMigration_KeepsTheSpaceAndItsRoadmap()
    {
        var oldGroup = new FakeChat(-4242, "group", "Study group");
        _api.SetAdmins(oldGroup.Id, Alice.Id);
        await ImportAsync(Alice, oldGroup);

        _api.AddUpdate(MigrateTo(oldGroup, Alice, Group.Id));
        var progress = await SendAsync(Bob, "/progress", Group);

        Assert.Contains("%", progress.Text);
        await using var db = _bot.Db();
        var space = await db.Spaces.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((ChatPlatform.Telegram, Group.Id.ToString(CultureInfo.InvariantCulture)), (space.Platform, space.ExternalId));
    }

    [Fact]
    public async Task DigestRefusedBecauseTheGroupBecameASupergroup_MovesTheSpaceAndIsSentToTheNewChat()
    {
        var oldGroup = new FakeChat(-4777, "group", "Basic");
        _api.SetAdmins(oldGroup.Id, Alice.Id);
        await ImportAsync(Alice, oldGroup);
        _api.Fail("sendMessage", new FakeFault.Refused(400, "Bad Request: group chat was upgraded to a supergroup chat", MigrateTo: Group.Id));
        Space space;
        await using (var db = _bot.Db())
            space = await db.Spaces.SingleAsync(TestContext.Current.CancellationToken);
        var sender = _bot.Host.Services.GetServices<IReminderSender>().Single(s => s.Platform == ChatPlatform.Telegram);
        var digest = new OutboxEntry { Key = "digest", Kind = ReminderKind.Digest, LocalOccurrence = "2026-01-19T09:00" };

        var outcome = await sender.SendAsync(new ReminderDelivery(new(space, null), digest, ChatReply.Text("Weekly digest"), true, DateTimeOffset.UtcNow),
            TestContext.Current.CancellationToken);

        Assert.Equal(DeliveryOutcome.Sent, outcome);
        Assert.Single(_api.Delivered(Group.Id), r => r.Text == "Weekly digest");
        await using var after = _bot.Db();
        Assert.Equal(Group.Id.ToString(CultureInfo.InvariantCulture), (await after.Spaces.SingleAsync(TestContext.Current.CancellationToken)).ExternalId);
    }

    [Fact]
    public async Task CommandsInAForumTopic_AreAnsweredInThatTopic_AndRemindToHereKeepsIt()
    {
        await ImportAsync(Alice);
        var before = _api.Delivered(Group.Id).Count;

        _api.AddUpdate(InTopic(Text(Group, Bob, "/today"), 77));
        _api.AddUpdate(InTopic(Text(Group, Bob, "/progress"), 77));
        _api.AddUpdate(InTopic(Text(Group, Bob, "/remind to here"), 77));
        _api.AddUpdate(InTopic(Text(Group, Bob, "/streak"), 55, forum: false));

        await _api.WaitUntilAsync(a => a.Delivered(Group.Id).Count >= before + 4, "four replies");
        var replies = _api.Delivered(Group.Id).Skip(before).ToList();
        Assert.All(replies[..^1], r => Assert.Equal("77", r.Params["message_thread_id"]?.ToString()));
        Assert.Contains(replies, r => r.Method == "sendPhoto");
        Assert.Equal("Your personal reminders now come here, in this topic.", replies[^2].Text);
        Assert.Null(replies[^1].Params["message_thread_id"]);
        await using var db = _bot.Db();
        var bob = await db.Members.SingleAsync(m => m.UserId == Bob.Id.ToString(CultureInfo.InvariantCulture), TestContext.Current.CancellationToken);
        Assert.Equal((true, "77"), (ReminderSettings.Parse(bob.Settings).DeliverHere, ReminderSettings.Parse(bob.Settings).HereTopic));
    }

    private async Task ImportAsync(FakeUser admin, FakeChat? chat = null)
    {
        chat ??= Group;
        var seed = Seeds.Read("000");
        _api.AddFile("seed000", seed);
        var before = _api.Delivered(chat.Id).Count;
        _api.AddUpdate(Document(chat, admin, "seed000", "000.md", seed.Length, "/import@RoadmapTestBot"));
        await _api.WaitUntilAsync(a => a.Delivered(chat.Id).Count > before, "the import reply");
        Assert.StartsWith("Imported", _api.Delivered(chat.Id)[before].Text);
    }

    private async Task<FakeRequest> SendAsync(FakeUser from, string text, FakeChat? chat = null)
    {
        chat ??= Group;
        var before = _api.Delivered(chat.Id).Count;
        _api.AddUpdate(Text(chat, from, text));
        await _api.WaitUntilAsync(a => a.Delivered(chat.Id).Count > before, $"a reply to {text}");
        return _api.Delivered(chat.Id)[before];
    }
}
