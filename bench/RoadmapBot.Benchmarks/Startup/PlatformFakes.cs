using System.Net;
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

namespace RoadmapBot.Benchmarks.Startup;

/// <summary>
/// Just enough of Telegram's Bot API (getMe, long-polled getUpdates with nothing new) and of Discord (REST, and a gateway
/// that says Hello, answers IDENTIFY with READY and acknowledges heartbeats) for the bot to connect both and sit idle.
/// </summary>
internal sealed class PlatformFakes : IAsyncDisposable
{
    public const string TelegramToken = "7000001:startup-harness-token";
    public const string DiscordToken = "MTAw.startup.harness";
    public const string DiscordApplicationId = "900000000000000001";

    private readonly WebApplication _app;

    private PlatformFakes(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    /// <summary>The bot's settings that point both adapters here.</summary>
    public Dictionary<string, string> Settings => new()
    {
        ["RoadmapBot__Telegram__Token"] = TelegramToken,
        ["RoadmapBot__Telegram__ApiBaseUrl"] = BaseUrl,
        ["RoadmapBot__Discord__Token"] = DiscordToken,
        ["RoadmapBot__Discord__ApplicationId"] = DiscordApplicationId,
        ["RoadmapBot__Discord__ApiBaseUrl"] = BaseUrl + "/api/v10",
    };

    public static async Task<PlatformFakes> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fakes = new PlatformFakes(app);
        app.UseWebSockets();
        app.Map("/bot{token}/{method}", fakes.TelegramAsync);
        app.Map("/gateway", GatewayAsync);
        app.Map("/api/v10/{**path}", fakes.DiscordRest);
        await app.StartAsync();
        fakes.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return fakes;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> TelegramAsync(HttpContext http, string token, string method)
    {
        if (token != TelegramToken)
            return Results.Json(new { ok = false, error_code = 401, description = "Unauthorized" }, statusCode: 401);
        if (method == "getUpdates")
        {
            // Nothing new: hold the long poll for its timeout (capped), as Telegram does.
            var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync() : null;
            var body = form is null ? await JsonAsync(http.Request) : default;
            var timeout = form?["timeout"].ToString() is { Length: > 0 } t ? int.Parse(t, System.Globalization.CultureInfo.InvariantCulture)
                : body.ValueKind == JsonValueKind.Object && body.TryGetProperty("timeout", out var value) ? value.GetInt32() : 0;
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(timeout, 30)), http.RequestAborted);
            }
            catch (OperationCanceledException)
            {
            }
            return Results.Json(new { ok = true, result = Array.Empty<object>() });
        }
        object result = method == "getMe" ? new { id = 7000001, is_bot = true, first_name = "Roadmap", username = "RoadmapStartupBot" } : true;
        return Results.Json(new { ok = true, result });
    }

    private IResult DiscordRest(HttpContext http, string path) => (http.Request.Method, path) switch
    {
        ("GET", "gateway/bot") => Results.Json(new
        {
            url = BaseUrl.Replace("http://", "ws://", StringComparison.Ordinal) + "/gateway", shards = 1,
            session_start_limit = new { total = 1000, remaining = 1000, reset_after = 3_600_000, max_concurrency = 1 },
        }),
        (_, var p) when p.EndsWith("/commands", StringComparison.Ordinal) => Results.Content("[]", "application/json"),
        _ => Results.Json(new { message = "404: Not Found", code = 0 }, statusCode: 404),
    };

    private static async Task GatewayAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var sequence = 0;
        await SendAsync(socket, """{"op":10,"d":{"heartbeat_interval":41250},"s":null,"t":null}""");
        var buffer = new byte[64 * 1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult received;
                do
                {
                    received = await socket.ReceiveAsync(buffer, context.RequestAborted);
                    message.Write(buffer, 0, received.Count);
                } while (!received.EndOfMessage);
                if (received.MessageType == WebSocketMessageType.Close)
                    break;
                using var json = JsonDocument.Parse(message.ToArray());
                switch (json.RootElement.GetProperty("op").GetInt32())
                {
                    case 1:
                        await SendAsync(socket, """{"op":11,"d":null,"s":null,"t":null}""");
                        break;
                    case 2:
                        await SendAsync(socket, $$"""
                            {"op":0,"t":"READY","s":{{++sequence}},"d":{"v":10,"session_id":"startup","resume_gateway_url":"ws://127.0.0.1/gateway",
                             "user":{"id":"900000000000000002","username":"roadmapbot","bot":true},"guilds":[],"shard":[0,1],
                             "application":{"id":"{{DiscordApplicationId}}","flags":0} } }
                            """);
                        break;
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException)
        {
            // The bot was stopped: its connection went with it.
        }
    }

    private static Task SendAsync(WebSocket socket, string json) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);

    private static async Task<JsonElement> JsonAsync(HttpRequest request)
    {
        if (request.ContentLength is 0 or null && !request.Headers.ContainsKey("Transfer-Encoding"))
            return default;
        using var document = await JsonDocument.ParseAsync(request.Body);
        return document.RootElement.Clone();
    }
}
