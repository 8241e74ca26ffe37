using System.Collections.Concurrent;
using RoadmapBot.Discord.Client.Models;
using RoadmapBot.Discord.Client.Rest;

namespace RoadmapBot.Discord.Tests.Adapter.Fakes;

/// <summary>A hand-written <see cref="IDiscordRest"/>: records messages per channel and command registrations; failures are queued per call.</summary>
public sealed class FakeDiscordRest : IDiscordRest
{
    /// <summary>A user's DM channel id in this fake: the user id plus this.</summary>
    public const ulong DmOffset = 1_000_000;

    private readonly ConcurrentQueue<(ulong Channel, MessagePayload Message)> _messages = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<(int After, Exception Error)>> _failures = new();
    private readonly ConcurrentDictionary<string, int> _calls = new();

    public List<ApplicationCommand> Registered { get; private set; } = [];
    public int Overwrites { get; private set; }
    public ConcurrentQueue<ulong> DmsOpened { get; } = new();
    public Dictionary<Uri, byte[]> Files { get; } = [];
    public bool BotTokenRejected { get; set; }

    public IReadOnlyList<MessagePayload> Sent(ulong channel) => _messages.Where(m => m.Channel == channel).Select(m => m.Message).ToList();

    public int Calls(string method) => _calls.GetValueOrDefault(method);

    /// <summary>A call of <paramref name="method"/> (e.g. nameof(CreateMessageAsync)) throws <paramref name="error"/>, after <paramref name="after"/> more calls succeeded.</summary>
    public void Fail(string method, Exception error, int after = 0) =>
        _failures.GetOrAdd(method, _ => new()).Enqueue((_calls.GetValueOrDefault(method) + after, error));

    public Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken ct) =>
        Run(nameof(GetGatewayBotAsync), () => new GatewayBotInfo(new Uri("ws://127.0.0.1:1"), 1, 1000, TimeSpan.Zero, 1));

    public Task<IReadOnlyList<ApplicationCommand>> GetGlobalCommandsAsync(ulong applicationId, CancellationToken ct) =>
        Run<IReadOnlyList<ApplicationCommand>>(nameof(GetGlobalCommandsAsync), () => Registered);

    public Task BulkOverwriteGlobalCommandsAsync(ulong applicationId, IReadOnlyList<ApplicationCommand> commands, CancellationToken ct) =>
        Run(nameof(BulkOverwriteGlobalCommandsAsync), () =>
        {
            Registered = [.. commands];
            return ++Overwrites;
        });

    public Task CreateInteractionResponseAsync(ulong interactionId, string token, InteractionResponse response, CancellationToken ct) =>
        throw new NotSupportedException("interaction answers go through FakeInteractionReplies");

    public Task EditOriginalResponseAsync(ulong applicationId, string token, MessagePayload message, CancellationToken ct) =>
        throw new NotSupportedException("interaction answers go through FakeInteractionReplies");

    public Task<DiscordMessage> CreateFollowupAsync(ulong applicationId, string token, MessagePayload message, CancellationToken ct) =>
        throw new NotSupportedException("interaction answers go through FakeInteractionReplies");

    /// <summary>Every message a call tried to send, the failed ones too.</summary>
    public ConcurrentQueue<MessagePayload> Attempted { get; } = new();

    public Task<DiscordMessage> CreateMessageAsync(ulong channelId, MessagePayload message, CancellationToken ct) =>
        Run(nameof(CreateMessageAsync), () => Attempted.Enqueue(message), () =>
        {
            _messages.Enqueue((channelId, message));
            return new DiscordMessage((ulong)_messages.Count, channelId);
        });

    public Task<ulong> CreateDmChannelAsync(ulong userId, CancellationToken ct) =>
        Run(nameof(CreateDmChannelAsync), () =>
        {
            DmsOpened.Enqueue(userId);
            return userId + DmOffset;
        });

    public Task<byte[]> DownloadAttachmentAsync(Uri url, long maxBytes, CancellationToken ct) =>
        Run(nameof(DownloadAttachmentAsync), () => Files[url].Length <= maxBytes ? Files[url] : throw new DiscordApiException(413, null, $"attachment larger than {maxBytes} bytes"));

    private Task<T> Run<T>(string method, Action attempt, Func<T> call)
    {
        attempt();
        return Run(method, call);
    }

    private Task<T> Run<T>(string method, Func<T> call)
    {
        var calls = _calls.AddOrUpdate(method, 1, (_, n) => n + 1);
        if (_failures.TryGetValue(method, out var queue) && queue.TryPeek(out var failure) && failure.After < calls && queue.TryDequeue(out _))
            return Task.FromException<T>(failure.Error);
        return Task.FromResult(call());
    }
}
