using System.Diagnostics;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RoadmapBot.Discord.Tests.Fakes;

/// <summary>
/// A fake Discord (REST API + gateway) on Kestrel at 127.0.0.1, for tests of the client and of the adapter end to end.
/// <code>
/// await using var discord = await FakeDiscord.StartAsync();
/// options.ApiBaseUrl = discord.ApiBaseUrl;           // GET /gateway/bot points the client at the fake's gateway
/// await discord.WaitForIdentifyAsync();                // the client connected and identified; READY was sent
/// await discord.DispatchInteractionAsync(FakeInteractions.SlashCommand("today"));
/// var reply = await discord.WaitForRequestAsync(r => r.Path.EndsWith("/callback"));
/// </code>
/// Every REST request is recorded in <see cref="Requests"/> and every gateway frame the client sent in <see cref="GatewayReceived"/>.
/// Scripting: <see cref="Respond"/> answers chosen requests (429s, errors); <see cref="ChannelMessageLimit"/> enforces a bucket
/// with real headers; <see cref="WithholdHeartbeatAcks"/>, <see cref="SendAsync"/> (op 7, op 9) and <see cref="CloseAsync"/> drive the gateway.
/// </summary>
public sealed class FakeDiscord : IAsyncDisposable
{
    public const ulong ApplicationId = 900000000000000001;
    public const ulong BotUserId = 900000000000000002;

    private readonly WebApplication _app;
    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly HashSet<string> _sessions = [];
    private readonly Dictionary<ulong, (long WindowStart, int Count)> _channelWindows = [];
    private WebSocket? _socket;
    // Which connection holds which shard, from each IDENTIFY's "shard": [id, count].
    private readonly Dictionary<int, (WebSocket Socket, int Count)> _shards = [];
    private readonly Dictionary<string, (int Id, int Count)> _sessionShards = [];
    private int _seq;
    private long _nextMessageId = 1000;
    private string _commands = "[]";  // what the last bulk overwrite stored

    private FakeDiscord(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";
    public string ApiBaseUrl => BaseUrl + "/api/v10";
    public string GatewayUrl => BaseUrl.Replace("http://", "ws://", StringComparison.Ordinal) + "/gateway";
    public string ResumeGatewayUrl => BaseUrl.Replace("http://", "ws://", StringComparison.Ordinal) + "/resume";

    public EventLog<RecordedRequest> Requests { get; } = new();
    /// <summary>Every request any fake in this test run recorded, for the OpenAPI contract test.</summary>
    public static IReadOnlyCollection<RecordedRequest> AllRecorded => AllRequests;
    private static readonly System.Collections.Concurrent.ConcurrentQueue<RecordedRequest> AllRequests = new();
    public EventLog<GatewayFrame> GatewayReceived { get; } = new();
    /// <summary>The close codes the client closed its sockets with (null when it dropped the connection without one).</summary>
    public EventLog<int?> ClientCloses { get; } = new();

    /// <summary>Answers a request instead of the default route when it returns non-null.</summary>
    public Func<RecordedRequest, FakeResponse?>? Respond { get; set; }
    /// <summary>When set, POST /channels/{id}/messages allows this many per window per channel, with X-RateLimit headers, and 429s beyond.</summary>
    public (int Limit, TimeSpan Window)? ChannelMessageLimit { get; set; }
    /// <summary>
    /// The Hello's interval: long, so no beat falls inside a test unless it sets a short one. At 200 ms, an ACK that a loaded
    /// machine handles after the next beat is due makes the client reconnect as from a zombie, in a test about something else.
    /// </summary>
    public int HeartbeatIntervalMs { get; set; } = 600_000;
    /// <summary>False: connections get no Hello (the client must time out and reconnect).</summary>
    public bool SendHello { get; set; } = true;
    /// <summary>The path and query of every gateway connection, in order.</summary>
    public EventLog<string> GatewayConnections { get; } = new();
    public bool WithholdHeartbeatAcks { get; set; }
    public int SessionStartRemaining { get; set; } = 1000;
    /// <summary>The servers the bot is in, with their channels: listed in READY, each then sent as a GUILD_CREATE, as Discord does.</summary>
    public List<(ulong Guild, ulong[] Channels)> Guilds { get; } = [];
    /// <summary>What GET /gateway/bot recommends: its "shards" and session_start_limit.max_concurrency.</summary>
    public int RecommendedShards { get; set; } = 1;
    public int MaxConcurrency { get; set; } = 1;
    /// <summary>Bytes served at <see cref="FileUrl"/>(name), for attachment downloads.</summary>
    public Dictionary<string, byte[]> Files { get; } = [];
    /// <summary>When set, attachment downloads wait for it: a command held mid-way, as a slow one would be.</summary>
    public TaskCompletionSource? DownloadGate { get; set; }
    public int TooManyRequestsSent { get; private set; }
    public int Connections => GatewayConnections.Items.Count;

    public Uri FileUrl(string name) => new($"{BaseUrl}/attachments/{name}");

    public static async Task<FakeDiscord> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeDiscord(app);
        app.UseWebSockets();
        app.Map("/gateway", fake.GatewayAsync);
        app.Map("/resume", fake.GatewayAsync);
        app.MapGet("/attachments/{name}", async (string name, HttpContext http) =>
        {
            if (fake.DownloadGate is { } gate) await gate.Task.WaitAsync(http.RequestAborted);
            return fake.Files.TryGetValue(name, out var bytes) ? Results.Bytes(bytes, "application/octet-stream") : Results.NotFound();
        });
        app.Map("/api/v10/{**path}", fake.RestAsync);
        await app.StartAsync();
        fake.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return fake;
    }

    // ---- gateway scripting

    public Task<GatewayFrame> WaitForIdentifyAsync(int count = 1, TimeSpan? timeout = null) => WaitForOpAsync(2, count, timeout);

    public Task<GatewayFrame> WaitForResumeAsync(int count = 1, TimeSpan? timeout = null) => WaitForOpAsync(6, count, timeout);

    /// <summary>The <paramref name="count"/>-th frame with this op the client sent.</summary>
    public async Task<GatewayFrame> WaitForOpAsync(int op, int count = 1, TimeSpan? timeout = null)
    {
        var seen = 0;
        return await GatewayReceived.WaitForAsync(f => f.Op == op && ++seen == count, timeout);
    }

    public Task DispatchInteractionAsync(string interactionJson) => DispatchAsync("INTERACTION_CREATE", interactionJson);

    /// <summary>A dispatch; with <paramref name="frameSize"/> it goes out in frames of that many bytes.</summary>
    public Task DispatchAsync(string eventName, string dataJson, int? frameSize = null) =>
        SendRawAsync($$$"""{"op":0,"t":"{{{eventName}}}","s":{{{Interlocked.Increment(ref _seq)}}},"d":{{{dataJson}}}}""", frameSize);

    /// <summary>
    /// A guild's event as Discord routes it: to the connection holding shard (guild_id &gt;&gt; 22) % shard count; the number
    /// of that shard is returned. Without sharded connections, to the current one (shard 0).
    /// </summary>
    public async Task<int> DispatchToGuildAsync(string eventName, ulong guildId, string dataJson)
    {
        WebSocket socket;
        int shard;
        lock (_lock)
        {
            var count = _shards.Count > 0 ? _shards.Values.First().Count : 1;
            shard = (int)((guildId >> 22) % (ulong)count);
            socket = count > 1 && _shards.TryGetValue(shard, out var held) ? held.Socket
                : Volatile.Read(ref _socket) ?? throw new InvalidOperationException("No gateway connection.");
        }
        await SendOnAsync(socket, $$$"""{"op":0,"t":"{{{eventName}}}","s":{{{Interlocked.Increment(ref _seq)}}},"d":{{{dataJson}}}}""");
        return shard;
    }

    /// <summary>Any opcode to the current connection, e.g. SendAsync(7) (reconnect) or SendAsync(9, "false") (invalid session).</summary>
    public Task SendAsync(int op, string dataJson = "null") => SendRawAsync($$"""{"op":{{op}},"d":{{dataJson}},"s":null,"t":null}""");

    /// <summary>Closes the current connection from the server side with a gateway close code (4000, 4004, 4014 …).</summary>
    public async Task CloseAsync(int code, string reason = "fake close")
    {
        var socket = Volatile.Read(ref _socket) ?? throw new InvalidOperationException("No gateway connection.");
        await _sendLock.WaitAsync();
        try
        {
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public int Sequence => Volatile.Read(ref _seq);

    private async Task SendRawAsync(string json, int? frameSize = null)
    {
        var socket = Volatile.Read(ref _socket) ?? throw new InvalidOperationException("No gateway connection.");
        await SendOnAsync(socket, json, frameSize);
    }

    private async Task SendOnAsync(WebSocket socket, string json, int? frameSize = null)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var size = frameSize ?? bytes.Length;
        await _sendLock.WaitAsync();
        try
        {
            for (var start = 0; start < bytes.Length && socket.State == WebSocketState.Open; start += size)
            {
                var end = Math.Min(start + size, bytes.Length);
                await socket.SendAsync(bytes.AsMemory(start, end - start), WebSocketMessageType.Text, end == bytes.Length, CancellationToken.None);
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task GatewayAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var path = context.Request.Path + context.Request.QueryString;
        GatewayConnections.Add(path);
        var connection = Connections;
        Volatile.Write(ref _socket, socket);
        if (SendHello) await SendOnAsync(socket, $$$"""{"op":10,"d":{"heartbeat_interval":{{{HeartbeatIntervalMs}}}},"s":null,"t":null}""");
        var buffer = new byte[64 * 1024];
        try
        {
            while (socket.State == WebSocketState.Open || socket.State == WebSocketState.CloseSent)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, context.RequestAborted);
                    message.Write(buffer, 0, result.Count);
                } while (!result.EndOfMessage);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    ClientCloses.Add((int?)result.CloseStatus);
                    break;
                }
                using var json = JsonDocument.Parse(message.ToArray());
                var op = json.RootElement.GetProperty("op").GetInt32();
                var data = json.RootElement.GetProperty("d").Clone();
                await AnswerAsync(socket, op, data);
                GatewayReceived.Add(new GatewayFrame(connection, path, op, data));
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException)
        {
            ClientCloses.Add(null);
        }
    }

    private async Task AnswerAsync(WebSocket socket, int op, JsonElement data)
    {
        switch (op)
        {
            case 1 when !WithholdHeartbeatAcks:
                await SendOnAsync(socket, """{"op":11,"d":null,"s":null,"t":null}""");
                break;
            case 2:
                string session;
                var (shardId, shardCount) = data.TryGetProperty("shard", out var shard) ? (shard[0].GetInt32(), shard[1].GetInt32()) : (0, 1);
                // Each shard's session hears only of its own servers, as on Discord.
                var guilds = Guilds.ToList().Where(g => (int)((g.Guild >> 22) % (ulong)shardCount) == shardId).ToList();
                lock (_lock)
                {
                    session = $"session-{_sessions.Count + 1}";
                    _sessions.Add(session);
                    _shards[shardId] = (socket, shardCount);
                    _sessionShards[session] = (shardId, shardCount);
                }
                Volatile.Write(ref _seq, 0);
                await SendOnAsync(socket, $$$"""
                    {"op":0,"t":"READY","s":{{{Interlocked.Increment(ref _seq)}}},"d":{"v":10,"session_id":"{{{session}}}",
                     "resume_gateway_url":"{{{ResumeGatewayUrl}}}","user":{"id":"{{{BotUserId}}}","username":"roadmapbot","bot":true},
                     "guilds":{{{GuildList(guilds)}}},"shard":[{{{shardId}}},{{{shardCount}}}],"application":{"id":"{{{ApplicationId}}}","flags":0} } }
                    """);
                foreach (var (guild, channels) in guilds)
                    await SendOnAsync(socket, $$$"""
                        {"op":0,"t":"GUILD_CREATE","s":{{{Interlocked.Increment(ref _seq)}}},"d":{"id":"{{{guild}}}","name":"g",
                         "channels":{{{ChannelList(channels)}}} } }
                        """);
                break;
            case 6:
                bool known;
                lock (_lock)
                {
                    var resumed = data.GetProperty("session_id").GetString()!;
                    known = _sessions.Contains(resumed);
                    // A resumed session keeps its shard, on the new connection.
                    if (known && _sessionShards.TryGetValue(resumed, out var held)) _shards[held.Id] = (socket, held.Count);
                }
                await SendOnAsync(socket, known
                    ? $$"""{"op":0,"t":"RESUMED","s":{{Interlocked.Increment(ref _seq)}},"d":{} }"""
                    : """{"op":9,"d":false,"s":null,"t":null}""");
                break;
        }
    }

    private static string GuildList(IEnumerable<(ulong Guild, ulong[] Channels)> guilds) =>
        "[" + string.Join(',', guilds.Select(g => $$"""{"id":"{{g.Guild}}","unavailable":true}""")) + "]";

    private static string ChannelList(ulong[] channels) => "[" + string.Join(',', channels.Select(c => $$"""{"id":"{{c}}","type":0}""")) + "]";

    /// <summary>Forgets every session, so a RESUME is answered with op 9 false.</summary>
    public void ForgetSessions()
    {
        lock (_lock) _sessions.Clear();
    }

    // ---- REST

    private async Task RestAsync(HttpContext context)
    {
        var request = await RecordAsync(context);
        Requests.Add(request);
        AllRequests.Enqueue(request);
        var response = Respond?.Invoke(request) ?? Default(request);
        if (response.Status == 429) TooManyRequestsSent++;
        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
            context.Response.Headers[name] = value;
        if (response.Json is not null)
        {
            context.Response.ContentType = response.ContentType;
            await context.Response.WriteAsync(response.Json);
        }
    }

    private FakeResponse Default(RecordedRequest request)
    {
        var segments = request.PathWithoutQuery.Trim('/').Split('/');
        return (request.Method, segments) switch
        {
            ("GET", ["gateway", "bot"]) => new(200, $$"""
                {"url":"{{GatewayUrl}}","shards":{{RecommendedShards}},"session_start_limit":{"total":1000,"remaining":{{SessionStartRemaining}},"reset_after":3600000,"max_concurrency":{{MaxConcurrency}}} }
                """),
            ("POST", ["channels", var channel, "messages"]) => ChannelMessage(ulong.Parse(channel, CultureInfo.InvariantCulture)),
            ("POST", ["interactions", _, _, "callback"]) => new(204),
            ("POST", ["webhooks", _, _]) or ("PATCH", ["webhooks", _, _, "messages", _]) => new(200, MessageJson(77)),
            ("POST", ["users", "@me", "channels"]) => new(200, $$"""{"id":"{{Interlocked.Increment(ref _nextMessageId)}}","type":1}"""),
            ("GET", ["applications", _, "commands"]) => new(200, Volatile.Read(ref _commands)),
            ("PUT", ["applications", _, "commands"]) => StoreCommands(request.Body ?? "[]"),
            _ => FakeResponse.Error(404, 0, "404: Not Found"),
        };
    }

    private FakeResponse StoreCommands(string commands)
    {
        Volatile.Write(ref _commands, commands);
        return new(200, commands);
    }

    private FakeResponse ChannelMessage(ulong channel)
    {
        if (ChannelMessageLimit is not { } limit) return new(200, MessageJson(channel));
        var now = Stopwatch.GetTimestamp();
        int remaining;
        double resetAfter;
        lock (_lock)
        {
            var (start, count) = _channelWindows.GetValueOrDefault(channel);
            if (Stopwatch.GetElapsedTime(start, now) >= limit.Window) (start, count) = (now, 0);
            resetAfter = (limit.Window - Stopwatch.GetElapsedTime(start, now)).TotalSeconds;
            if (count >= limit.Limit)
                return TooMany(limit.Limit, resetAfter);
            _channelWindows[channel] = (start, ++count);
            remaining = limit.Limit - count;
        }
        return new(200, MessageJson(channel), BucketHeaders(limit.Limit, remaining, resetAfter));
    }

    private static FakeResponse TooMany(int limit, double resetAfter) => new(429,
        $$"""{"message":"You are being rate limited.","retry_after":{{resetAfter.ToString("0.000", CultureInfo.InvariantCulture)}},"global":false}""",
        new Dictionary<string, string>(BucketHeaders(limit, 0, resetAfter))
        {
            ["Retry-After"] = Math.Ceiling(resetAfter).ToString(CultureInfo.InvariantCulture),
            ["X-RateLimit-Scope"] = "user",
        });

    private static Dictionary<string, string> BucketHeaders(int limit, int remaining, double resetAfter) => new()
    {
        ["X-RateLimit-Limit"] = limit.ToString(CultureInfo.InvariantCulture),
        ["X-RateLimit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture),
        ["X-RateLimit-Reset-After"] = resetAfter.ToString("0.000", CultureInfo.InvariantCulture),
        ["X-RateLimit-Bucket"] = "fake-channel-messages",
    };

    private string MessageJson(ulong channel) =>
        $$"""{"id":"{{Interlocked.Increment(ref _nextMessageId)}}","channel_id":"{{channel}}","content":""}""";

    private static async Task<RecordedRequest> RecordAsync(HttpContext context)
    {
        var http = context.Request;
        var headers = http.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var path = http.Path.Value!["/api/v10".Length..] + http.QueryString;
        if (http.HasFormContentType)
        {
            var form = await http.ReadFormAsync();
            List<RecordedPart> parts = [.. form.Select(f => new RecordedPart(f.Key, null, null, f.Value.ToString(), f.Value.ToString().Length))];
            parts.AddRange(form.Files.Select(f => new RecordedPart(f.Name, f.FileName, f.ContentType, null, (int)f.Length)));
            return new RecordedRequest(http.Method, path, headers, null, parts);
        }
        using var reader = new StreamReader(http.Body);
        var body = await reader.ReadToEndAsync();
        return new RecordedRequest(http.Method, path, headers, body.Length == 0 ? null : body, []);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
