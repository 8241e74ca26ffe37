using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RoadmapBot.Core;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Commands;
using RoadmapBot.Core.Data;
using RoadmapBot.Discord.Interactions;
using RoadmapBot.Discord.Tests.Adapter.Fakes;
using RoadmapBot.Discord.Tests.Fakes;

namespace RoadmapBot.Discord.Tests.Adapter.EndToEnd;

/// <summary>
/// RoadmapBot with Discord's Interactions Endpoint URL and no gateway, on Kestrel at 127.0.0.1 (a free port), on a SQLite
/// file; it answers through a <see cref="FakeDiscord"/>'s REST API. Requests are signed by <see cref="InteractionSigner"/>.
/// </summary>
public sealed class HttpInteractionsRig : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _http;
    private readonly InteractionSigner _signer;

    private HttpInteractionsRig(WebApplication app, string url, InteractionSigner signer) =>
        (_app, _http, _signer) = (app, new HttpClient { BaseAddress = new Uri(url) }, signer);

    public static async Task<HttpInteractionsRig> StartAsync(FakeDiscord discord, InteractionSigner signer, string database)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RoadmapBot:Database"] = database,
            ["RoadmapBot:DefaultTimeZone"] = "UTC",
            ["RoadmapBot:Discord:Token"] = DiscordAdapterRig.Token,
            ["RoadmapBot:Discord:ApplicationId"] = FakeDiscord.ApplicationId.ToString(CultureInfo.InvariantCulture),
            ["RoadmapBot:Discord:ApiBaseUrl"] = discord.ApiBaseUrl,
            ["RoadmapBot:Discord:Gateway"] = "off",
            ["RoadmapBot:Discord:PublicKey"] = signer.PublicKeyHex,
        });
        builder.Logging.ClearProviders();
        builder.Services.AddRoadmapCore().AddDiscord();
        var app = builder.Build();
        app.MapDiscordInteractions();
        await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        await app.StartAsync();
        return new HttpInteractionsRig(app, app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First(), signer);
    }

    /// <summary>POSTs <paramref name="body"/> as Discord would; <paramref name="tamper"/> changes the request after signing.</summary>
    public async Task<(HttpStatusCode Status, string? ContentType, string Body)> PostAsync(string body, DateTimeOffset? signedAt = null,
        Func<(string Signature, string Timestamp, string Body), (string? Signature, string? Timestamp, string Body)>? tamper = null)
    {
        var (signature, timestamp) = _signer.Sign(body, signedAt ?? DateTimeOffset.UtcNow);
        var (sentSignature, sentTimestamp, sentBody) = tamper?.Invoke((signature, timestamp, body)) ?? (signature, timestamp, body);
        using var request = new HttpRequestMessage(HttpMethod.Post, DiscordInteractionsEndpoint.Path) { Content = new StringContent(sentBody, Encoding.UTF8, "application/json") };
        if (sentSignature is not null) request.Headers.Add("X-Signature-Ed25519", sentSignature);
        if (sentTimestamp is not null) request.Headers.Add("X-Signature-Timestamp", sentTimestamp);
        using var response = await _http.SendAsync(request, TestContext.Current.CancellationToken);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>Seed <paramref name="prefix"/> imported into the fake's guild channel, straight through the engine.</summary>
    public Task ImportAsync(string prefix) => SeedImport.IntoFakeGuildAsync(_app.Services, prefix);

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
