using RoadmapBot.Discord.Client.Models;
using RoadmapBot.Discord.Tests.Adapter.Fakes;
using static RoadmapBot.Discord.Tests.Adapter.Fakes.Interactions;

namespace RoadmapBot.Discord.Tests.Adapter.Interactions;

/// <summary>A refusal or error Core marks for the asker is ephemeral even for a command whose answers the channel sees.</summary>
public sealed class RefusalVisibilityTests : IAsyncLifetime
{
    private DiscordAdapterRig _rig = null!;

    public async ValueTask InitializeAsync()
    {
        _rig = await DiscordAdapterRig.CreateAsync();
        await _rig.ImportAsync(Seeds.Read("000"));
    }

    public async ValueTask DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task AdminOnlyRefusal_OfAPublicCommand_IsOnlyForTheAsker()
    {
        var replies = await _rig.HandleAsync(Command("plan", ("args", "shift 7 days")).By(Ben));

        var reply = Assert.Single(replies.Messages);
        Assert.Contains("Only group admins", reply.Content);
        Assert.Equal(MessageFlags.Ephemeral, reply.Flags);
    }

    [Fact]
    public async Task NoteOverTheLimit_IsOnlyForTheAsker()
    {
        var replies = await _rig.HandleAsync(Command("note", ("key", "t1"), ("text", new string('x', 1500))));

        Assert.Equal(MessageFlags.Ephemeral, Assert.Single(replies.Messages).Flags);
    }

    [Fact]
    public async Task MessageTooLongForTheEngine_IsOnlyForTheAsker()
    {
        var replies = await _rig.HandleAsync(Command("done", ("key", new string('t', 4500))));

        Assert.Contains("too long", replies.Text);
        Assert.All(replies.Messages, m => Assert.Equal(MessageFlags.Ephemeral, m.Flags));
    }

    [Fact]
    public async Task ProgressOfAnUnknownMember_IsOnlyForTheAsker_AndNamesNoRollCall()
    {
        await _rig.HandleAsync(Command("today").By(Ben));

        var replies = await _rig.HandleAsync(Command("progress", ("member", "nobody-here")));

        var reply = Assert.Single(replies.Messages);
        Assert.Equal(MessageFlags.Ephemeral, reply.Flags);
        Assert.DoesNotContain("ben", reply.Content, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task RefusalFromAButton_IsOnlyForThePresser()
    {
        var replies = await _rig.HandleAsync(Button($"rb:{Ana.Id}/import confirm"));

        var reply = Assert.Single(replies.Messages);
        Assert.Contains("no replacement waiting", reply.Content);
        Assert.Equal(MessageFlags.Ephemeral, reply.Flags);
    }

    [Fact]
    public async Task SuccessOfAPublicCommand_StaysPublic()
    {
        var replies = await _rig.HandleAsync(Command("note", ("key", "t1"), ("text", "chapter 3 left")));

        Assert.Equal(MessageFlags.None, Assert.Single(replies.Messages).Flags);
    }

    [Fact]
    public async Task RefusalInADm_IsAnOrdinaryMessage()
    {
        var replies = await _rig.HandleAsync(Command("note", ("key", "t1"), ("text", new string('x', 1500))).InDm());

        Assert.Equal(MessageFlags.None, Assert.Single(replies.Messages).Flags);
    }
}
