using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RoadmapBot.Core;
using RoadmapBot.Core.Data;
using RoadmapBot.Telegram.Webhook;

namespace RoadmapBot.Telegram.Tests.Fakes;

/// <summary>RoadmapBot in webhook mode on Kestrel at 127.0.0.1 (a free port), on a SQLite file, sending to a <see cref="FakeBotApi"/>.</summary>
public sealed class TelegramWebhookRig : IAsyncDisposable
{
    public const string Secret = "test-secret_42";
    public const string PublicUrl = "https://bot.example.org/telegram/webhook";
    private readonly WebApplication _app;
    private readonly HttpClient _http;

    private TelegramWebhookRig(WebApplication app, string baseUrl) => (_app, _http) = (app, new HttpClient { BaseAddress = new Uri(baseUrl) });

    /// <summary>Starts an instance; with <paramref name="secret"/> null none is configured and the instances make one.</summary>
    public static async Task<TelegramWebhookRig> StartAsync(FakeBotApi api, string databasePath, string? secret = Secret, CapturedLogs? logs = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RoadmapBot:Database"] = databasePath,
            ["RoadmapBot:Telegram:Token"] = FakeBotApi.Token,
            ["RoadmapBot:Telegram:ApiBaseUrl"] = api.BaseUrl,
            ["RoadmapBot:Telegram:Updates"] = "webhook",
            ["RoadmapBot:Telegram:WebhookUrl"] = PublicUrl,
            ["RoadmapBot:Telegram:WebhookSecret"] = secret,
        });
        builder.Logging.ClearProviders();
        if (logs is not null) builder.Logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
        builder.Services.AddRoadmapCore().AddTelegram();
        var app = builder.Build();
        app.MapTelegramWebhook();
        await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        await app.StartAsync();
        var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TelegramWebhookRig(app, url);
    }

    /// <summary>POSTs the update as Telegram would, with <paramref name="secret"/> in the header (none when null).</summary>
    public async Task<HttpStatusCode> PostAsync(JsonObject update, string? secret = Secret, bool expectContinue = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, TelegramWebhookEndpoint.Path)
        {
            Content = new StringContent(update.ToJsonString(), Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        if (secret is not null) request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        // Waits for the server's go-ahead before sending the body, so a refusal is read rather than cut off mid-upload.
        request.Headers.ExpectContinue = expectContinue;
        using var response = await _http.SendAsync(request, TestContext.Current.CancellationToken);
        return response.StatusCode;
    }

    public RoadmapDbContext Db() => _app.Services.GetRequiredService<IDbContextFactory<RoadmapDbContext>>().CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
