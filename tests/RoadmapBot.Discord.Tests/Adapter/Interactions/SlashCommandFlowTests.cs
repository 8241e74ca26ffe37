using System.Globalization;
using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Roadmaps;
using RoadmapBot.Discord.Client.Models;
using RoadmapBot.Discord.Tests.Adapter.Fakes;
using static RoadmapBot.Discord.Tests.Adapter.Fakes.Interactions;

namespace RoadmapBot.Discord.Tests.Adapter.Interactions;

/// <summary>Slash commands through the real engine on a real SQLite file: what the member sees, and what is stored.</summary>
public sealed class SlashCommandFlowTests : IAsyncLifetime
{
    private DiscordAdapterRig _rig = null!;

    public async ValueTask InitializeAsync()
    {
        _rig = await DiscordAdapterRig.CreateAsync();
        var imported = await _rig.ImportAsync(Seeds.Read("000"));
        Assert.StartsWith("Imported", imported.Text);
    }

    public async ValueTask DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task Done_WithSeveralKeys_MarksThemAndRepliesPubliclyInTheChannel()
    {
        var replies = await _rig.HandleAsync(Command("done", ("key", "t1 t2")));

        var reply = Assert.Single(replies.Messages);
        Assert.Contains("t1", reply.Content);
        Assert.Contains("t2", reply.Content);
        Assert.Equal(MessageFlags.None, reply.Flags);
        await using var db = _rig.Db();
        Assert.Equal(2, await db.Progress.CountAsync(p => p.Status == ItemStatus.Done, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Today_InAGuildChannel_IsEphemeralWithItsButtonsAsOurCustomIds()
    {
        var replies = await _rig.HandleAsync(Command("today"));

        Assert.All(replies.Messages, m => Assert.Equal(MessageFlags.Ephemeral, m.Flags));
        var buttons = replies.Messages[^1].Components.SelectMany(r => r.Buttons).ToList();
        Assert.NotEmpty(buttons);
        Assert.All(buttons, b => Assert.StartsWith($"rb:{Ana.Id}/", b.CustomId));
        Assert.All(replies.Messages[^1].Components, r => Assert.InRange(r.Buttons.Count, 1, 5));
    }

    [Fact]
    public async Task GuildChannelAndDm_AreDifferentSpaces_GroupAndPrivate()
    {
        await _rig.HandleAsync(Command("done", ("key", "t1")).InDm());

        await using var db = _rig.Db();
        var spaces = await db.Spaces.OrderBy(s => s.Id).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal([(Channel.ToString(CultureInfo.InvariantCulture), true), (DmChannel.ToString(CultureInfo.InvariantCulture), false)], spaces.Select(s => (s.ExternalId, s.IsGroup)));
        var dmReply = await _rig.HandleAsync(Command("today").InDm());
        Assert.All(dmReply.Messages, m => Assert.Equal(MessageFlags.None, m.Flags));
    }

    [Fact]
    public async Task CommandInAThread_CountsInItsChannelsSpace()
    {
        var replies = await _rig.HandleAsync(Command("today") with { ChannelId = 8001, ThreadParentId = Channel });

        Assert.DoesNotContain("No roadmap", replies.Text);
        await using var db = _rig.Db();
        Assert.Single(await db.Spaces.ToListAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Import_WithoutManageServer_IsRefusedByTheEngine()
    {
        var replies = await _rig.ImportAsync(Seeds.Read("001"), i => i.By(Ben, permissions: 1024));

        Assert.Contains("Only group admins", replies.Text);
    }

    [Fact]
    public async Task Import_WithAdministratorBit_CountsAsAdmin()
    {
        var replies = await _rig.ImportAsync(Seeds.Read("000"), i => i.By(Ben, permissions: 8));

        Assert.DoesNotContain("Only group admins", replies.Text);
        await using var db = _rig.Db();
        Assert.True((await db.Members.SingleAsync(m => m.UserId == Ben.Id.ToString(CultureInfo.InvariantCulture), TestContext.Current.CancellationToken)).IsAdmin);
    }

    [Fact]
    public async Task Import_ByAMemberWhoLostManageServer_IsRefused()
    {
        await _rig.ImportAsync(Seeds.Read("000"), i => i.By(Ben, permissions: 8));

        var replies = await _rig.ImportAsync(Seeds.Read("001"), i => i.By(Ben, permissions: 1024));

        Assert.Contains("Only group admins", replies.Text);
        await using var db = _rig.Db();
        Assert.False((await db.Members.SingleAsync(m => m.UserId == Ben.Id.ToString(CultureInfo.InvariantCulture), TestContext.Current.CancellationToken)).IsAdmin);
    }

    [Fact]
    public void GuildInteraction_WithoutMemberPermissions_SaysAdminIsUnknown()
    {
        var interaction = Command("today") with { MemberPermissions = null };

        Assert.Null(RoadmapBot.Discord.Interactions.InteractionTranslator.ToChatMessage(interaction, "/today").SenderIsPlatformAdmin);
        Assert.False(RoadmapBot.Discord.Interactions.InteractionTranslator.ToChatMessage(Command("today").By(Ben, 1024), "/today").SenderIsPlatformAdmin);
    }

    [Fact]
    public async Task Import_TooLargeAttachment_IsRefusedBeforeDownloading()
    {
        var big = new byte[2 * 1024 * 1024];

        var replies = await _rig.ImportAsync(big);

        Assert.Contains("limited to 1 MB", replies.Text);
        Assert.Equal(MessageFlags.Ephemeral, Assert.Single(replies.Messages).Flags);
    }

    [Fact]
    public async Task Log_WithMetricAmountAndNote_IsStored()
    {
        var replies = await _rig.HandleAsync(Command("log", ("metric", "sql"), ("amount", "4"), ("note", "joins")));

        Assert.Contains("sql +4", replies.Text);
        await using var db = _rig.Db();
        Assert.Equal(4, (await db.MetricLogs.SingleAsync(TestContext.Current.CancellationToken)).Amount);
    }

    [Fact]
    public async Task Progress_OfAnotherMember_ByUserOption_AndTheChartIsAnEmbedImage()
    {
        await _rig.HandleAsync(Command("done", ("key", "t1")).By(Ben));

        var replies = await _rig.HandleAsync(Command("progress") with { Options = [new InteractionOption("member", CommandOptionType.User, Ben.Id.ToString(CultureInfo.InvariantCulture))] });

        Assert.Contains("Progress of ben", replies.Text);
        var last = replies.Messages[^1];
        var file = Assert.Single(last.Files);
        Assert.Equal("progress.png", file.FileName);
        Assert.Equal("attachment://progress.png", Assert.Single(last.Embeds).ImageUrl);
    }

    [Fact]
    public async Task Note_WithEveryone_IsDefusedAndEscaped()
    {
        var replies = await _rig.HandleAsync(Command("note", ("key", "t1"), ("text", "@everyone look at **this**")));
        var task = await _rig.HandleAsync(Command("task", ("key", "t1")));

        Assert.DoesNotContain("@everyone", replies.Text + task.Text, StringComparison.Ordinal);
        Assert.Contains("@\u200Beveryone look at \\*\\*this\\*\\*", task.Text);
    }

    [Fact]
    public async Task CommandTheEngineNoLongerHas_GetsAnEphemeralLine()
    {
        var replies = await _rig.HandleAsync(Command("teleport"));

        var reply = Assert.Single(replies.Messages);
        Assert.Equal(MessageFlags.Ephemeral, reply.Flags);
        Assert.Contains("no longer have that command", reply.Content);
    }
}
