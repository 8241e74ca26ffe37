using System.Runtime.CompilerServices;
using System.Threading.Channels;
using RoadmapBot.Discord.Client.Gateway;
using RoadmapBot.Discord.Client.Interactions;
using RoadmapBot.Discord.Client.Models;

namespace RoadmapBot.Discord.Tests.Adapter.Fakes;

/// <summary>A hand-written gateway: interactions are pushed by the test; <see cref="Close"/> ends the session as Discord would.</summary>
public sealed class FakeGateway : IGatewayEvents
{
    private readonly Channel<IInteractionReplies> _interactions = Channel.CreateUnbounded<IInteractionReplies>();
    private readonly Channel<GuildEvent> _guilds = Channel.CreateUnbounded<GuildEvent>();
    private readonly Channel<GatewayMessage> _messages = Channel.CreateUnbounded<GatewayMessage>();
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ulong? ApplicationId => Interactions.ApplicationId;

    public ulong? BotUserId { get; set; }

    public void Push(IInteractionReplies interaction) => _interactions.Writer.TryWrite(interaction);

    public void Push(GatewayMessage message) => _messages.Writer.TryWrite(message);

    /// <summary>Ends <see cref="RunAsync"/> with a fatal close code (4004: authentication failed).</summary>
    public void Close(int code) => _closed.TrySetException(new GatewayFatalException(code, "closed by the fake"));

    private int _runs;

    /// <summary>How often the adapter opened the gateway session.</summary>
    public int Runs => Volatile.Read(ref _runs);

    public async Task RunAsync(CancellationToken ct)
    {
        Interlocked.Increment(ref _runs);
        await _closed.Task.WaitAsync(ct);
    }

    public IAsyncEnumerable<GuildEvent> ReadGuildEventsAsync(CancellationToken ct) => _guilds.Reader.ReadAllAsync(ct);

    public IAsyncEnumerable<GatewayMessage> ReadMessagesAsync(CancellationToken ct) => _messages.Reader.ReadAllAsync(ct);

    public async IAsyncEnumerable<IInteractionReplies> ReadInteractionsAsync([EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var interaction in _interactions.Reader.ReadAllAsync(ct))
            yield return interaction;
    }
}
