using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RoadmapBot.Telegram.Tests.Fakes;

/// <summary>
/// A small Telegram Bot API on Kestrel at 127.0.0.1: a queue of updates with real getUpdates offset and long-poll timeout
/// semantics, every request recorded, files to download, group admins, and faults (429, 403, 409, 500, a gateway's 502 page, a 4xx refusal (also a group's migrate_to_chat_id), dropped connection) on demand.
/// </summary>
public sealed class FakeBotApi : IAsyncDisposable
{
    public const long BotId = 7000001;
    public const string BotUsername = "RoadmapTestBot";
    public const string Token = "7000001:SECRET-token_do-not-log-9f8e7d";

    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly List<JsonObject> _pending = [];
    private readonly List<JsonObject> _all = [];
    private List<JsonObject> _replay = [];
    private readonly List<FakeRequest> _requests = [];
    // A null entry lets one call through: how a fault is aimed at a later call.
    private readonly Dictionary<string, Queue<FakeFault?>> _faults = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<long, long[]> _admins = [];
    private readonly Dictionary<string, byte[]> _files = [];
    private TaskCompletionSource _updateAdded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _nextUpdateId;
    private int _nextMessageId = 1000;

    private FakeBotApi(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    /// <summary>When set, every method answers 401 (a revoked or mistyped token).</summary>
    public bool RejectToken { get; set; }

    public static JsonObject BotUser => new() { ["id"] = BotId, ["is_bot"] = true, ["first_name"] = "Roadmap", ["username"] = BotUsername };

    public static async Task<FakeBotApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeBotApi(app);
        app.Map("/bot{token}/{method}", fake.HandleAsync);
        app.MapGet("/file/bot{token}/{**path}", fake.DownloadAsync);
        await app.StartAsync();
        fake.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return fake;
    }

    public IReadOnlyList<FakeRequest> Requests
    {
        get { lock (_gate) return [.. _requests]; }
    }

    /// <summary>Messages that reached a chat (sent or edited, not faulted), in order.</summary>
    public IReadOnlyList<FakeRequest> Delivered(long chatId) =>
        Requests.Where(r => !r.Faulted && r.ChatId == chatId && r.Method is "sendMessage" or "editMessageText" or "sendDocument" or "sendPhoto").ToList();

    public int AddUpdate(JsonObject update)
    {
        lock (_gate)
        {
            update["update_id"] = ++_nextUpdateId;
            _pending.Add(update);
            _all.Add(update);
            _updateAdded.TrySetResult();
            _updateAdded = new(TaskCreationOptions.RunContinuationsAsynchronously);
            return _nextUpdateId;
        }
    }

    /// <summary>
    /// The next getUpdates answers every update from <paramref name="firstId"/> on again, whatever its offset, as after a
    /// confirmation that never arrived: the bot must recognise them as handled.
    /// </summary>
    public void Redeliver(int firstId)
    {
        lock (_gate) _replay = [.. _all.Where(u => (int)u["update_id"]! >= firstId)];
    }

    public void Fail(string method, FakeFault fault, int times = 1, int after = 0)
    {
        lock (_gate)
        {
            if (!_faults.TryGetValue(method, out var queue)) _faults[method] = queue = new();
            for (var i = 0; i < after; i++) queue.Enqueue(null);
            for (var i = 0; i < times; i++) queue.Enqueue(fault);
        }
    }

    public void SetAdmins(long chatId, params long[] userIds)
    {
        lock (_gate) _admins[chatId] = userIds;
    }

    public void AddFile(string fileId, byte[] content)
    {
        lock (_gate) _files[fileId] = content;
    }

    /// <summary>Waits (polling the recorded requests) until the condition holds; fails with what was recorded.</summary>
    public async Task WaitUntilAsync(Func<FakeBotApi, bool> condition, string what, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (!condition(this))
        {
            if (DateTime.UtcNow > until)
                Assert.Fail($"Timed out waiting for {what}. Requests:\n" + string.Join("\n", Requests.Select(r => $"{r.Method} {r.Params.ToJsonString()}")));
            await Task.Delay(25);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext http, string token, string method)
    {
        var parameters = await ReadParamsAsync(http.Request);
        FakeFault? fault = null;
        FakeRequest request;
        lock (_gate)
        {
            if (_faults.TryGetValue(method, out var queue) && queue.Count > 0) fault = queue.Dequeue();
            _requests.Add(request = new FakeRequest(method, parameters, fault is not null || RejectToken || token != Token));
        }
        if (token != Token || RejectToken)
        {
            await ErrorAsync(http, 401, "Unauthorized");
            return;
        }
        switch (fault)
        {
            case FakeFault.DropConnection:
                http.Abort();
                return;
            case FakeFault.TooManyRequests tooMany:
                await ErrorAsync(http, 429, $"Too Many Requests: retry after {tooMany.RetryAfter}", new JsonObject { ["retry_after"] = tooMany.RetryAfter });
                return;
            case FakeFault.Forbidden forbidden:
                await ErrorAsync(http, 403, forbidden.Description);
                return;
            case FakeFault.Conflict:
                await ErrorAsync(http, 409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");
                return;
            case FakeFault.ServerError:
                await ErrorAsync(http, 500, "Internal Server Error");
                return;
            case FakeFault.BadGateway:
                http.Response.StatusCode = 502;
                http.Response.ContentType = "text/html";
                await http.Response.WriteAsync("<html><head><title>502 Bad Gateway</title></head><body>502 Bad Gateway</body></html>");
                return;
            case FakeFault.Refused refused:
                await ErrorAsync(http, refused.Code, refused.Description, refused.MigrateTo is { } to ? new JsonObject { ["migrate_to_chat_id"] = to } : null);
                return;
        }
        JsonNode? result = method switch
        {
            "getMe" => BotUser,
            "getUpdates" => await GetUpdatesAsync(parameters, http.RequestAborted),
            "sendMessage" or "sendDocument" or "sendPhoto" => MessageFor(parameters, Interlocked.Increment(ref _nextMessageId)),
            "editMessageText" or "editMessageReplyMarkup" => MessageFor(parameters, int.Parse(parameters["message_id"]!.ToString(), CultureInfo.InvariantCulture)),
            "answerCallbackQuery" or "setMyCommands" or "setWebhook" or "deleteWebhook" => true,
            "getChatAdministrators" => Admins(parameters),
            "getFile" => FileFor(parameters["file_id"]!.ToString()),
            _ => null,
        };
        request.MessageId = (int?)(result as JsonObject)?["message_id"];
        if (result is null)
            await ErrorAsync(http, 404, "Not Found: method not found");
        else
            await WriteAsync(http, 200, new JsonObject { ["ok"] = true, ["result"] = result });
    }

    private async Task<JsonArray> GetUpdatesAsync(JsonObject parameters, CancellationToken aborted)
    {
        var offset = (int?)parameters["offset"] ?? 0;
        var limit = (int?)parameters["limit"] ?? 100;
        var until = DateTime.UtcNow + TimeSpan.FromSeconds((int?)parameters["timeout"] ?? 0);
        while (true)
        {
            Task added;
            lock (_gate)
            {
                // An offset confirms every update before it: they are never sent again.
                if (offset > 0) _pending.RemoveAll(u => (int)u["update_id"]! < offset);
                if (_replay.Count > 0)
                {
                    JsonArray replay = [.. _replay.Concat(_pending).DistinctBy(u => (int)u["update_id"]!).Take(limit).Select(u => u.DeepClone())];
                    _replay = [];
                    return replay;
                }
                if (_pending.Count > 0)
                    return [.. _pending.Take(limit).Select(u => u.DeepClone())];
                added = _updateAdded.Task;
            }
            var left = until - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || aborted.IsCancellationRequested)
                return [];
            await Task.WhenAny(added, Task.Delay(left, aborted));
        }
    }

    /// <summary>While set and not completed, file downloads wait: a slow upload, held as long as a test needs.</summary>
    public TaskCompletionSource? DownloadGate { get; set; }

    // Written in chunks, so a bot that stops reading stops the download; a gate holds it as long as a test needs.
    private async Task DownloadAsync(HttpContext http, string token, string path)
    {
        byte[]? content;
        lock (_gate) content = token == Token ? _files.GetValueOrDefault(path.Replace("documents/", "")) : null;
        if (content is null)
        {
            http.Response.StatusCode = 404;
            return;
        }
        http.Response.ContentType = "application/octet-stream";
        try
        {
            if (DownloadGate is { } gate) await gate.Task.WaitAsync(http.RequestAborted);
            // Kestrel swallows writes to a closed connection: the abort token is what tells us the bot stopped reading.
            for (var at = 0; at < content.Length && !http.RequestAborted.IsCancellationRequested; at += 64 * 1024)
            {
                var chunk = content.AsMemory(at, Math.Min(64 * 1024, content.Length - at));
                await http.Response.Body.WriteAsync(chunk, http.RequestAborted);
                await http.Response.Body.FlushAsync(http.RequestAborted);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The bot closed the connection: it took no more.
        }
    }

    private JsonObject FileFor(string fileId)
    {
        lock (_gate)
            return new JsonObject
            {
                ["file_id"] = fileId, ["file_unique_id"] = "u" + fileId,
                ["file_size"] = _files.GetValueOrDefault(fileId)?.Length ?? 0, ["file_path"] = "documents/" + fileId,
            };
    }

    private JsonArray Admins(JsonObject parameters)
    {
        var chatId = long.Parse(parameters["chat_id"]!.ToString(), CultureInfo.InvariantCulture);
        lock (_gate)
            return [.. _admins.GetValueOrDefault(chatId, []).Select(id => (JsonNode)new JsonObject
            {
                ["status"] = "administrator", ["user"] = new JsonObject { ["id"] = id, ["is_bot"] = false, ["first_name"] = "Admin" },
                ["can_be_edited"] = false, ["is_anonymous"] = false, ["can_manage_chat"] = true, ["can_delete_messages"] = true,
                ["can_manage_video_chats"] = true, ["can_restrict_members"] = true, ["can_promote_members"] = false,
                ["can_change_info"] = true, ["can_invite_users"] = true, ["can_post_stories"] = false, ["can_edit_stories"] = false,
                ["can_delete_stories"] = false,
            })];
    }

    private static JsonObject MessageFor(JsonObject parameters, int messageId)
    {
        var chatId = long.Parse(parameters["chat_id"]!.ToString(), CultureInfo.InvariantCulture);
        return new JsonObject
        {
            ["message_id"] = messageId,
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = chatId < 0 ? "supergroup" : "private" },
            ["from"] = BotUser,
            ["text"] = parameters["text"]?.ToString() ?? "",
        };
    }

    private static async Task<JsonObject> ReadParamsAsync(HttpRequest request)
    {
        var parameters = new JsonObject();
        foreach (var (key, value) in request.Query) parameters[key] = value.ToString();
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            foreach (var (key, value) in form) parameters[key] = value.ToString();
            foreach (var file in form.Files) parameters[file.Name] = "file:" + file.FileName;
            // sendPhoto names its upload "attach://0": the parameter reads as the file it points to.
            foreach (var (key, value) in parameters.ToList())
                if (value?.ToString() is { } text && text.StartsWith("attach://", StringComparison.Ordinal) && parameters[text["attach://".Length..]] is { } file)
                    parameters[key] = file.DeepClone();
        }
        else if (request.ContentLength is > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            if (await JsonNode.ParseAsync(request.Body) is JsonObject body)
                foreach (var (key, value) in body) parameters[key] = value?.DeepClone();
        }
        return parameters;
    }

    private static Task ErrorAsync(HttpContext http, int code, string description, JsonObject? parameters = null)
    {
        var body = new JsonObject { ["ok"] = false, ["error_code"] = code, ["description"] = description };
        if (parameters is not null) body["parameters"] = parameters;
        return WriteAsync(http, code, body);
    }

    private static async Task WriteAsync(HttpContext http, int status, JsonObject body)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(body.ToJsonString());
    }
}
