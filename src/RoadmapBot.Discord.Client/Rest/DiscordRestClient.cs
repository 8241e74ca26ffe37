using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using RoadmapBot.Discord.Client.Models;

namespace RoadmapBot.Discord.Client.Rest;

/// <summary>Discord's HTTP API: bot auth and User-Agent, JSON or multipart bodies, errors as <see cref="DiscordApiException"/>, all through the rate limiter.</summary>
public sealed class DiscordRestClient : IDiscordRest
{
    private const int MaxNonceLength = 25;
    private readonly HttpClient _http;
    private readonly DiscordClientOptions _options;
    private readonly RestRateLimiter _limiter;
    private readonly string _baseUrl;

    public DiscordRestClient(HttpClient http, DiscordClientOptions options, TimeProvider time, ILogger<DiscordRestClient> logger)
    {
        _http = http;
        _options = options;
        _limiter = new RestRateLimiter(options, time, logger);
        _baseUrl = options.ApiBaseUrl.TrimEnd('/');
    }

    public bool BotTokenRejected => _limiter.BotTokenRejected;

    public async Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken ct)
    {
        using var json = await SendAsync(HttpMethod.Get, "/gateway/bot", null, ct);
        var root = json!.RootElement;
        var limit = root.GetProperty("session_start_limit");
        return new GatewayBotInfo(
            new Uri(root.GetProperty("url").GetString()!),
            root.TryGetProperty("shards", out var shards) ? shards.GetInt32() : 1,
            limit.GetProperty("remaining").GetInt32(),
            TimeSpan.FromMilliseconds(limit.GetProperty("reset_after").GetDouble()),
            limit.TryGetProperty("max_concurrency", out var concurrency) ? concurrency.GetInt32() : 1);
    }

    public async Task<IReadOnlyList<ApplicationCommand>> GetGlobalCommandsAsync(ulong applicationId, CancellationToken ct)
    {
        using var json = await SendAsync(HttpMethod.Get, $"/applications/{applicationId}/commands", null, ct);
        return [.. json!.RootElement.EnumerateArray().Select(ResponseReader.Command)];
    }

    public async Task BulkOverwriteGlobalCommandsAsync(ulong applicationId, IReadOnlyList<ApplicationCommand> commands, CancellationToken ct)
    {
        using var _ = await SendAsync(HttpMethod.Put, $"/applications/{applicationId}/commands", RequestBodies.Commands(commands), ct);
    }

    /// <summary>Not retried here: the caller knows Discord's 3 s and that 40060 on a retry means the first try arrived.</summary>
    public async Task CreateInteractionResponseAsync(ulong interactionId, string token, InteractionResponse response, CancellationToken ct)
    {
        using var _ = await SendAsync(HttpMethod.Post, $"/interactions/{interactionId}/{token}/callback", RequestBodies.Callback(response), ct,
            files: response.Message?.Files, retryServerErrors: false);
    }

    public async Task EditOriginalResponseAsync(ulong applicationId, string token, MessagePayload message, CancellationToken ct)
    {
        using var _ = await SendAsync(HttpMethod.Patch, $"/webhooks/{applicationId}/{token}/messages/@original", RequestBodies.Message(message, edit: true), ct, files: message.Files);
    }

    public async Task<DiscordMessage> CreateFollowupAsync(ulong applicationId, string token, MessagePayload message, CancellationToken ct)
    {
        // Retried after a 5xx like the rest: a follow-up takes no nonce, and a rare duplicate beats a lost part of a split answer.
        using var json = await SendAsync(HttpMethod.Post, $"/webhooks/{applicationId}/{token}?wait=true", RequestBodies.Message(message), ct,
            files: message.Files);
        return ResponseReader.Message(json!.RootElement);
    }

    public async Task<DiscordMessage> CreateMessageAsync(ulong channelId, MessagePayload message, CancellationToken ct)
    {
        if (message.Nonce is { Length: > MaxNonceLength }) throw new ArgumentException($"A nonce is at most {MaxNonceLength} characters.", nameof(message));
        var body = RequestBodies.Message(message);
        // The nonce makes a retry after a 5xx or a timeout return the message already created instead of posting it twice.
        body["nonce"] = message.Nonce ?? Guid.NewGuid().ToString("N")[..MaxNonceLength];
        body["enforce_nonce"] = true;
        using var json = await SendAsync(HttpMethod.Post, $"/channels/{channelId}/messages", body, ct, files: message.Files);
        return ResponseReader.Message(json!.RootElement);
    }

    public async Task<ulong> CreateDmChannelAsync(ulong userId, CancellationToken ct)
    {
        var body = new JsonObject { ["recipient_id"] = userId.ToString(CultureInfo.InvariantCulture) };
        using var json = await SendAsync(HttpMethod.Post, "/users/@me/channels", body, ct);
        return ResponseReader.Snowflake(json!.RootElement, "id");
    }

    public async Task<byte[]> DownloadAttachmentAsync(Uri url, long maxBytes, CancellationToken ct)
    {
        using var response = await _http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, ct);
        if (!response.IsSuccessStatusCode) throw new DiscordApiException((int)response.StatusCode, null, "attachment download failed");
        if (response.Content.Headers.ContentLength > maxBytes) throw TooLarge(maxBytes);
        await using var stream = await response.Content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes) throw TooLarge(maxBytes);  // stop reading: the rest never comes in
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static DiscordApiException TooLarge(long maxBytes) => new(413, null, $"attachment larger than {maxBytes} bytes");

    private async Task<JsonDocument?> SendAsync(
        HttpMethod method, string path, JsonNode? body, CancellationToken ct,
        IReadOnlyList<FileUpload>? files = null, bool retryServerErrors = true)
    {
        var payload = body is null ? null : RequestBodies.Serialize(body);
        var route = RateLimitRoute.From(method, path);
        using var response = await _limiter.SendAsync(route, async token =>
        {
            using var request = new HttpRequestMessage(method, _baseUrl + path) { Content = Content(payload, files) };
            if (route.BotToken) request.Headers.Authorization = new AuthenticationHeaderValue("Bot", _options.Token);
            request.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
            return await _http.SendAsync(request, token);
        }, retryServerErrors, ct);

        if (!response.IsSuccessStatusCode) throw await ErrorAsync(response, ct);
        if (response.StatusCode == HttpStatusCode.NoContent || response.Content.Headers.ContentLength == 0) return null;
        return await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(ct), cancellationToken: ct);
    }

    private static HttpContent? Content(string? payload, IReadOnlyList<FileUpload>? files)
    {
        if (payload is null) return null;
        var json = new StringContent(payload, Encoding.UTF8, "application/json");
        if (files is not { Count: > 0 }) return json;
        var multipart = new MultipartFormDataContent { { json, "payload_json" } };
        for (var i = 0; i < files.Count; i++)
        {
            var file = new ByteArrayContent(files[i].Content);
            file.Headers.ContentType = new MediaTypeHeaderValue(MediaTypeFor(files[i].FileName));
            multipart.Add(file, $"files[{i}]", files[i].FileName);
        }
        return multipart;
    }

    private static string MediaTypeFor(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".md" or ".txt" => "text/plain",
        ".csv" => "text/csv",
        _ => "application/octet-stream",
    };

    private static async Task<DiscordApiException> ErrorAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync(ct);
        try
        {
            using var json = JsonDocument.Parse(text);
            var root = json.RootElement;
            int? code = root.TryGetProperty("code", out var c) && c.TryGetInt32(out var n) ? n : null;
            var message = root.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "";
            if (root.TryGetProperty("errors", out var errors)) message += " " + errors.GetRawText();
            return new DiscordApiException(status, code, message);
        }
        catch (JsonException)
        {
            return new DiscordApiException(status, null, text.Length > 200 ? text[..200] : text);
        }
    }
}
