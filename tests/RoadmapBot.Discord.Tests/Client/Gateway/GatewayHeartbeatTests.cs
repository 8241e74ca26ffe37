using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using RoadmapBot.Discord.Client.Gateway;
using RoadmapBot.Discord.Tests.Fakes;

namespace RoadmapBot.Discord.Tests.Client.Gateway;

/// <summary>Heartbeat timing on fake time, over an in-memory connection.</summary>
public sealed class GatewayHeartbeatTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task FirstHeartbeat_ComesAfterIntervalTimesJitter_WithTheLastSequence_AndAMissingAckMeansZombie()
    {
        await using var discord = await FakeDiscord.StartAsync();
        var time = new FakeTimeProvider();
        var transports = new EventLog<ScriptedGatewayTransport>();
        var options = TestClients.Options(discord);
        var client = new GatewayClient(TestClients.Rest(options), options, time, NullLogger<GatewayClient>.Instance,
            () =>
            {
                var transport = new ScriptedGatewayTransport();
                transports.Add(transport);
                return transport;
            },
            new FixedRandom(0.25));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var run = client.RunAsync(stop.Token);

        var first = await transports.WaitForAsync(_ => true, Bound);
        first.Push("""{"op":10,"d":{"heartbeat_interval":1000},"s":null,"t":null}""");
        await first.Sent.WaitForAsync(f => f.GetProperty("op").GetInt32() == 2, Bound);
        first.Push("""{"op":0,"t":"READY","s":1,"d":{"session_id":"s1","resume_gateway_url":"wss://resume.example","application":{"id":"5"}}}""");
        first.Push($$"""{"op":0,"t":"INTERACTION_CREATE","s":2,"d":{{FakeInteractions.ButtonPress("x")}}}""");
        await using (var interactions = client.ReadInteractionsAsync(stop.Token).GetAsyncEnumerator(stop.Token))
            Assert.True(await interactions.MoveNextAsync().AsTask().WaitAsync(Bound, TestContext.Current.CancellationToken));  // sequence 2 is read

        time.Advance(TimeSpan.FromMilliseconds(249));
        Assert.DoesNotContain(first.Sent.Items, f => f.GetProperty("op").GetInt32() == 1);
        time.Advance(TimeSpan.FromMilliseconds(1));
        var beat = await first.Sent.WaitForAsync(f => f.GetProperty("op").GetInt32() == 1, Bound);
        Assert.Equal(2, beat.GetProperty("d").GetInt32());

        var second = await AdvanceUntilAsync(time, transports, t => t != first);  // no ACK came: zombie, back-off, new connection

        Assert.Equal(4000, first.ClosedWith);
        Assert.Equal("wss://resume.example/?v=10&encoding=json", second.Url!.ToString());
        await stop.CancelAsync();
        await run.WaitAsync(Bound, TestContext.Current.CancellationToken);
    }

    /// <summary>Advances fake time a second at a time until the event shows up (each step waits briefly for the client to react).</summary>
    private static async Task<T> AdvanceUntilAsync<T>(FakeTimeProvider time, EventLog<T> log, Func<T, bool> match)
    {
        for (var step = 0; step < 20; step++)
        {
            try
            {
                return await log.WaitForAsync(match, TimeSpan.FromMilliseconds(100));
            }
            catch (TimeoutException)
            {
                time.Advance(TimeSpan.FromSeconds(1));
            }
        }
        throw new TimeoutException("The client did not reconnect within 20 fake seconds.");
    }

    private sealed class FixedRandom(double value) : Random
    {
        public override double NextDouble() => value;
    }
}
