using System.Globalization;
using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Roadmaps;
using RoadmapBot.Discord.Client.Models;
using RoadmapBot.Discord.Tests.Adapter.Fakes;
using static RoadmapBot.Discord.Tests.Adapter.Fakes.Interactions;

namespace RoadmapBot.Discord.Tests.Adapter.Interactions;

/// <summary>A button runs its command as the member who pressed it; an id that is not ours runs nothing.</summary>
public sealed class ButtonTests : IAsyncLifetime
{
    private DiscordAdapterRig _rig = null!;

    public async ValueTask InitializeAsync()
    {
        _rig = await DiscordAdapterRig.CreateAsync();
        await _rig.ImportAsync(Seeds.Read("000"));
    }

    public async ValueTask DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task DoneButtonFromToday_MarksTheItemForThePresser()
    {
        var today = await _rig.HandleAsync(Command("today").By(Ben));
        var done = today.Messages[^1].Components.SelectMany(r => r.Buttons).First(b => b.CustomId.StartsWith($"rb:{Ben.Id}/done ", StringComparison.Ordinal));

        var replies = await _rig.HandleAsync(Button(done.CustomId).By(Ben));

        Assert.Equal(MessageFlags.None, replies.Messages[0].Flags);
        await using var db = _rig.Db();
        var row = await db.Progress.SingleAsync(TestContext.Current.CancellationToken);
        var ben = await db.Members.SingleAsync(m => m.UserId == Ben.Id.ToString(CultureInfo.InvariantCulture), TestContext.Current.CancellationToken);
        Assert.Equal((ben.Id, ItemStatus.Done), (row.MemberId, row.Status));
    }

    [Fact]
    public async Task DoneButtonOnTheMembersEphemeralToday_ReplacesThatMessageWithTheAnswer()
    {
        var today = await _rig.HandleAsync(Command("today").By(Ben));
        var done = today.Messages[^1].Components.SelectMany(r => r.Buttons).First(b => b.CustomId.StartsWith($"rb:{Ben.Id}/done ", StringComparison.Ordinal));

        var replies = await _rig.HandleAsync(Button(done.CustomId).By(Ben) with { OnEphemeralMessage = true });

        Assert.Empty(replies.Messages);
        var update = Assert.Single(replies.Updates);
        Assert.Contains("✅", update.Content);
        Assert.Contains(done.CustomId[$"rb:{Ben.Id}/done ".Length..], update.Content);
    }

    [Fact]
    public async Task DoneButtonOnAnotherMembersToday_IsAnEphemeralToastAndChangesNothing()
    {
        var today = await _rig.HandleAsync(Command("today").By(Ben));
        var done = today.Messages[^1].Components.SelectMany(r => r.Buttons).First(b => b.CustomId.Contains("/done ", StringComparison.Ordinal));

        var replies = await _rig.HandleAsync(Button(done.CustomId) with { OnEphemeralMessage = true });

        Assert.Empty(replies.Updates);
        var toast = Assert.Single(replies.Messages);
        Assert.Equal("This button is for ben.", toast.Content);
        Assert.Equal(MessageFlags.Ephemeral, toast.Flags);
        await using var db = _rig.Db();
        Assert.False(await db.Progress.AnyAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("rb:/teleport now")]
    [InlineData("other-bot:/done t1")]
    [InlineData("rb:/done t1\n/forget me")]
    [InlineData("rb:/done@OtherBot t1")]
    [InlineData("rb:review:x")]
    public async Task ForgedCustomId_GetsOneEphemeralLineAndChangesNothing(string customId)
    {
        var replies = await _rig.HandleAsync(Button(customId));

        var reply = Assert.Single(replies.Messages);
        Assert.Equal("That button is not one of mine.", reply.Content);
        Assert.Equal(MessageFlags.Ephemeral, reply.Flags);
        await using var db = _rig.Db();
        Assert.False(await db.Progress.AnyAsync(TestContext.Current.CancellationToken));
    }
}
