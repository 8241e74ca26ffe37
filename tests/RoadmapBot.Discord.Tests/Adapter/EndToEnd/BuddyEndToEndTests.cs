using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RoadmapBot.Core.Reminders;
using RoadmapBot.Discord.Tests.Adapter.Fakes;
using RoadmapBot.Discord.Tests.Fakes;

namespace RoadmapBot.Discord.Tests.Adapter.EndToEnd;

/// <summary>
/// Buddies on Discord: Ada picks Bob with /buddy's user option, Bob's button agrees, Ada's nudge reaches Bob's DMs pinging no one.
/// Run alone: a second bot importing seed 000 beside the gateway tests pushed their interactions past Discord's 3-second window.
/// </summary>
[Collection(nameof(BuddyEndToEndTests))]
public sealed class BuddyEndToEndTests : IAsyncLifetime
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);
    private static readonly FakeMember Bob = new(800000000000000004, "Bob");
    private FakeDiscord _discord = null!;
    private DiscordHostRig _rig = null!;

    public async ValueTask InitializeAsync()
    {
        _discord = await FakeDiscord.StartAsync();
        _rig = await DiscordHostRig.StartAsync(_discord);
        await _rig.ImportAsync("000");
        await _discord.WaitForIdentifyAsync(timeout: Bound);
    }

    public async ValueTask DisposeAsync()
    {
        await _rig.DisposeAsync();
        await _discord.DisposeAsync();
    }

    [Fact]
    public async Task BuddyWithTheUserOption_BobsYesButtonPairs_AndAdasNudgeReachesBobsDms()
    {
        await _discord.DispatchInteractionAsync(FakeInteractions.SlashCommand("start", by: Bob));
        await _discord.Requests.WaitForAsync(r => r.Path.EndsWith("/callback", StringComparison.Ordinal), Bound);

        await _discord.DispatchInteractionAsync(FakeInteractions.SlashCommand("buddy", [("member", 6, Id(Bob.Id))]));
        var ask = await NextReplyAsync("🤝 Ada asks Bob to be accountability buddies");
        Assert.False(ask.TryGetProperty("flags", out var flags) && (flags.GetInt32() & 64) != 0);  // Bob must see it to answer
        var yes = Assert.Single(CustomIds(ask), id => id.EndsWith($"/buddy yes {Id(FakeInteractions.UserId)}", StringComparison.Ordinal));

        await _discord.DispatchInteractionAsync(FakeInteractions.ButtonPress(yes, by: Bob));
        await NextReplyAsync("🤝 Ada and Bob are buddies now");
        await using (var db = _rig.Db())
            Assert.NotNull((await db.BuddyPairs.SingleAsync(TestContext.Current.CancellationToken)).ConfirmedAt);

        await _discord.DispatchInteractionAsync(FakeInteractions.SlashCommand("buddy", [("args", 3, "nudge")]));
        await NextReplyAsync("👋 Bob gets a friendly nudge from you shortly");
        await _rig.Host.Services.GetRequiredService<ReminderDispatcher>().TickAsync(TestContext.Current.CancellationToken);

        var nudge = await _discord.Requests.WaitForAsync(r => r.Method == "POST" && r.Path.EndsWith("/messages", StringComparison.Ordinal)
            && r.Json is not null && r.JsonBody.GetProperty("content").GetString()!.Contains("A nudge from your buddy Ada", StringComparison.Ordinal), Bound);
        Assert.NotEqual($"/channels/{FakeInteractions.ChannelId}/messages", nudge.Path);  // Bob's DMs: where his reminders go
        Assert.Equal("[]", nudge.JsonBody.GetProperty("allowed_mentions").GetProperty("parse").GetRawText());
        var dm = Assert.Single(_discord.Requests.Items, r => r.Path == "/users/@me/channels");
        Assert.Equal(Id(Bob.Id), dm.JsonBody.GetProperty("recipient_id").GetString());
    }

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    private Task<JsonElement> NextReplyAsync(string startsWith) => ReplyMessages.NextAsync(_discord, startsWith, Bound);

    private static List<string> CustomIds(JsonElement data) => ReplyMessages.CustomIds(data);
}

[CollectionDefinition(nameof(BuddyEndToEndTests), DisableParallelization = true)]
public sealed class BuddyEndToEndRunsAlone;
