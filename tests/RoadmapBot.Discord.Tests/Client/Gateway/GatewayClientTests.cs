using Microsoft.Extensions.Logging.Abstractions;
using RoadmapBot.Discord.Client;
using RoadmapBot.Discord.Client.Gateway;
using RoadmapBot.Discord.Client.Interactions;
using RoadmapBot.Discord.Client.Models;
using RoadmapBot.Discord.Tests.Fakes;

namespace RoadmapBot.Discord.Tests.Client.Gateway;

/// <summary>The real client over a real ClientWebSocket against the fake gateway; heartbeats only in the zombie test (200 ms), waits bounded.</summary>
public sealed class GatewayClientTests : IAsyncLifetime
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);
    private readonly CancellationTokenSource _stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
    private FakeDiscord _discord = null!;
    private GatewayClient _client = null!;
    private Task _run = Task.CompletedTask;

    public async ValueTask InitializeAsync() => _discord = await FakeDiscord.StartAsync();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAny(_run, Task.Delay(Bound, TestContext.Current.CancellationToken));
        await _discord.DisposeAsync();
        _stop.Dispose();
    }

    private void Start(Action<DiscordClientOptions>? tweak = null)
    {
        var options = TestClients.Options(_discord, tweak);
        _client = new GatewayClient(TestClients.Rest(options), options, TimeProvider.System, NullLogger<GatewayClient>.Instance, random: new Random(7));
        _run = _client.RunAsync(_stop.Token);
    }

    [Fact]
    public async Task Connect_IdentifiesWithGuildsIntent_ThenAnInteractionIsYieldedAndItsReplyReachesTheCallback()
    {
        Start();

        var identify = await _discord.WaitForIdentifyAsync(timeout: Bound);
        Assert.StartsWith("/gateway?v=10&encoding=json", identify.Path);
        Assert.Equal(TestClients.Token, identify.Data.GetProperty("token").GetString());
        Assert.Equal(1, identify.Data.GetProperty("intents").GetInt32());
        Assert.Equal("roadmapbot", identify.Data.GetProperty("properties").GetProperty("browser").GetString());

        await _discord.DispatchInteractionAsync(FakeInteractions.SlashCommand("today"));
        var replies = await NextInteractionAsync();
        await replies.ReplyAsync(new MessagePayload { Content = "Your day" }, TestContext.Current.CancellationToken);

        var callback = await _discord.Requests.WaitForAsync(r => r.Path.EndsWith("/callback", StringComparison.Ordinal), Bound);
        Assert.Equal(4, callback.JsonBody.GetProperty("type").GetInt32());
        Assert.Equal("today", replies.Interaction.CommandName);
        Assert.Equal(FakeDiscord.ApplicationId, _client.ApplicationId);
    }

    [Fact]
    public async Task GuildCreateAndDelete_AreYieldedAsGuildEvents_AnOutageMarkedUnavailable()
    {
        Start();
        await _discord.WaitForIdentifyAsync(timeout: Bound);
        await _discord.DispatchAsync("GUILD_CREATE", """{"id":"700","name":"g","channels":[{"id":"800","type":0},{"id":"802","type":2}]}""");
        await _discord.DispatchAsync("GUILD_DELETE", """{"id":"700","unavailable":true}""");
        await _discord.DispatchAsync("GUILD_DELETE", """{"id":"700"}""");

        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
        bounded.CancelAfter(Bound);
        var events = new List<GuildEvent>();
        await foreach (var e in _client.ReadGuildEventsAsync(bounded.Token))
        {
            if (e.SessionGuilds is not null) continue;  // READY's server list: its own test below
            events.Add(e);
            if (events.Count == 3) break;
        }

        Assert.Equal((700UL, true, false), (events[0].GuildId, events[0].Present, events[0].Unavailable));
        Assert.Equal([800UL, 802UL], events[0].ChannelIds);
        Assert.Equal((700UL, false, true), (events[1].GuildId, events[1].Present, events[1].Unavailable));
        Assert.Equal((700UL, false, false), (events[2].GuildId, events[2].Present, events[2].Unavailable));
    }

    [Fact]
    public async Task Ready_YieldsTheServersTheBotIsIn_ThenEachOnesGuildCreate()
    {
        _discord.Guilds.AddRange([(700, [800]), (701, [810, 811])]);
        Start();

        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
        bounded.CancelAfter(Bound);
        var events = new List<GuildEvent>();
        await foreach (var e in _client.ReadGuildEventsAsync(bounded.Token))
        {
            events.Add(e);
            if (events.Count == 3) break;
        }

        Assert.Equal([700UL, 701UL], events[0].SessionGuilds);
        Assert.Equal([(700UL, true), (701UL, true)], events.Skip(1).Select(e => (e.GuildId, e.Present)));
        Assert.Equal([810UL, 811UL], events[2].ChannelIds);
    }

    [Fact]
    public async Task Zombie_WithoutHeartbeatAcks_ClosesWithout1000AndResumesTheSessionAtTheResumeUrlWithTheLastSequence()
    {
        _discord.HeartbeatIntervalMs = 200;
        _discord.WithholdHeartbeatAcks = true;
        Start();
        await _discord.WaitForIdentifyAsync(timeout: Bound);
        await _discord.DispatchAsync("GUILD_CREATE", """{"id":"1","name":"g"}""");  // sequence 2

        var resume = await _discord.WaitForResumeAsync(timeout: Bound);
        _discord.WithholdHeartbeatAcks = false;

        Assert.StartsWith("/resume?v=10&encoding=json", resume.Path);
        Assert.Equal("session-1", resume.Data.GetProperty("session_id").GetString());
        Assert.Equal(2, resume.Data.GetProperty("seq").GetInt32());
        var close = await _discord.ClientCloses.WaitForAsync(_ => true, Bound);
        Assert.Equal(4000, close);
    }

    [Fact]
    public async Task Reconnect_Op7_ResumesTheSession()
    {
        Start();
        await _discord.WaitForIdentifyAsync(timeout: Bound);

        await _discord.SendAsync(7);
        var resume = await _discord.WaitForResumeAsync(timeout: Bound);

        Assert.Equal(("session-1", 1), (resume.Data.GetProperty("session_id").GetString(), resume.Data.GetProperty("seq").GetInt32()));
        Assert.Equal(2, resume.Connection);
        Assert.Equal(4000, await _discord.ClientCloses.WaitForAsync(_ => true, Bound));
    }

    [Fact]
    public async Task InvalidSession_NotResumable_StartsAFreshIdentifyInsteadOfResuming()
    {
        Start();
        await _discord.WaitForIdentifyAsync(timeout: Bound);

        await _discord.SendAsync(9, "false");
        var second = await _discord.WaitForIdentifyAsync(2, Bound);

        Assert.Equal(2, second.Connection);
        Assert.StartsWith("/gateway?", second.Path);
        Assert.DoesNotContain(_discord.GatewayReceived.Items, f => f.Op == 6);
    }

    [Theory]
    [InlineData(4004)]
    [InlineData(4014)]
    public async Task FatalCloseCode_EndsRunWithGatewayFatalException_AndNeverReconnects(int code)
    {
        Start();
        await _discord.WaitForIdentifyAsync(timeout: Bound);

        await _discord.CloseAsync(code, "fatal");
        var error = await Assert.ThrowsAsync<GatewayFatalException>(() => _run.WaitAsync(Bound, TestContext.Current.CancellationToken));

        Assert.Equal(code, error.CloseCode);
        Assert.Equal(1, _discord.Connections);
    }

    [Fact]
    public async Task ServerHeartbeatRequest_IsAnsweredAtOnce()
    {
        Start();
        await _discord.WaitForIdentifyAsync(timeout: Bound);

        await _discord.SendAsync(1);
        var beat = await _discord.WaitForOpAsync(1, timeout: Bound);

        Assert.Equal(1, beat.Data.GetInt32());
    }

    [Fact]
    public async Task ResumableServerClose_ResumesOnANewConnection()
    {
        Start();
        await _discord.WaitForIdentifyAsync(timeout: Bound);

        await _discord.CloseAsync(4000, "unknown error");
        var resume = await _discord.WaitForResumeAsync(timeout: Bound);

        Assert.Equal(2, resume.Connection);
    }

    [Fact]
    public async Task RefusedResume_FallsBackToAFreshIdentify()
    {
        Start();
        await _discord.WaitForIdentifyAsync(timeout: Bound);
        _discord.ForgetSessions();

        await _discord.SendAsync(7);
        await _discord.WaitForResumeAsync(timeout: Bound);
        var identify = await _discord.WaitForIdentifyAsync(2, Bound);

        Assert.Equal(3, identify.Connection);
    }

    [Fact]
    public async Task NoHello_TimesOutAndConnectsAgain()
    {
        _discord.SendHello = false;
        Start(o => o.HelloTimeout = TimeSpan.FromMilliseconds(200));

        var connections = 0;
        await _discord.GatewayConnections.WaitForAsync(_ => ++connections == 2, Bound);

        Assert.Empty(_discord.GatewayReceived.Items);
    }

    [Fact]
    public async Task LargeDispatch_SplitAcrossFrames_IsReassembled()
    {
        Start();
        await _discord.WaitForIdentifyAsync(timeout: Bound);
        var large = FakeInteractions.ButtonPress("done:t5").Replace("\"locale\"", $"\"padding\":\"{new string('x', 200_000)}\",\"locale\"", StringComparison.Ordinal);

        await _discord.DispatchAsync("INTERACTION_CREATE", large, frameSize: 1024);
        var replies = await NextInteractionAsync();

        Assert.Equal("done:t5", replies.Interaction.CustomId);
    }

    [Fact]
    public async Task GatewayUrlUnavailable_IsAskedForAgainUntilDiscordAnswers()
    {
        var asked = 0;
        _discord.Respond = r => r.Path == "/gateway/bot" && Interlocked.Increment(ref asked) <= 5 ? FakeResponse.Error(503, 0, "unavailable") : null;
        Start();

        await _discord.WaitForIdentifyAsync(timeout: Bound);

        Assert.Equal(6, _discord.Requests.Items.Count(r => r.Path == "/gateway/bot"));
    }

    private async Task<IInteractionReplies> NextInteractionAsync()
    {
        await using var interactions = _client.ReadInteractionsAsync(_stop.Token).GetAsyncEnumerator(_stop.Token);
        Assert.True(await interactions.MoveNextAsync().AsTask().WaitAsync(Bound, TestContext.Current.CancellationToken));
        return interactions.Current;
    }
}
