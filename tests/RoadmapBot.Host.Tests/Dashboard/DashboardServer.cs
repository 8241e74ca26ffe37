using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using RoadmapBot.Core;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Commands;
using RoadmapBot.Core.Dashboard;
using RoadmapBot.Core.Data;
using RoadmapBot.Host.Dashboard;

namespace RoadmapBot.Host.Tests.Dashboard;

/// <summary>
/// The dashboard as the host serves it (AddDashboard, UseDashboard) on Kestrel at a free loopback port, with the real engine
/// on a temporary SQLite file, a fake clock (Thu 15 Jan 2026, 09:00 UTC) and every log line captured.
/// </summary>
internal sealed class DashboardServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TestStore _store;

    private DashboardServer(WebApplication app, TestStore store, FakeTimeProvider time, CapturedLogs logs) => (_app, _store, Time, Logs) = (app, store, time, logs);

    public FakeTimeProvider Time { get; }
    public CapturedLogs Logs { get; }
    public Uri Address => new(_app.Urls.First());
    public ChatEngine Engine => _app.Services.GetRequiredService<ChatEngine>();

    /// <param name="publicUrl">RoadmapBot:Http:PublicUrl (links still point at this server).</param>
    public static async Task<DashboardServer> StartAsync(string seed = "000", string? publicUrl = null)
    {
        var store = await TestStore.CreateAsync(StorageProvider.Sqlite);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 15, 9, 0, 0, TimeSpan.Zero));
        var logs = new CapturedLogs();
        var web = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = AppContext.BaseDirectory });
        web.WebHost.UseUrls("http://127.0.0.1:0");
        web.Configuration["RoadmapBot:Http:PublicUrl"] = publicUrl;
        web.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
        DashboardServer? server = null;
        web.Services.AddSingleton<TimeProvider>(time);
        web.Services.AddSingleton<IDashboardAddress>(new FixedAddress(() => server!.Address.ToString().TrimEnd('/')));
        web.Services.AddRoadmapCore(o => { store.Apply(o); o.DefaultTimeZone = "Europe/Berlin"; });
        web.AddDashboard();
        var app = web.Build();
        app.UseDashboard();
        await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(TestContext.Current.CancellationToken);
        await app.StartAsync(TestContext.Current.CancellationToken);
        server = new DashboardServer(app, store, time, logs);
        if (seed.Length > 0)
            Assert.StartsWith("Imported", await server.SendAsync("/import\n" + File.ReadAllText(Seeds.Path(seed)), "admin", "club", group: true, admin: true));
        return server;
    }

    public async Task<string> SendAsync(string text, string user = "ann", string space = "club", bool group = true, bool admin = false, bool privately = false)
    {
        var message = new ChatMessage(ChatPlatform.Console, space, group, user, user, text) { SenderIsPlatformAdmin = admin, RepliesPrivately = privately };
        var replies = await Engine.HandleAsync(message, TestContext.Current.CancellationToken);
        return string.Join("\n", replies.Select(r => r.ToPlainText()));
    }

    /// <summary>A fresh dashboard link for <paramref name="user"/> in the group, as /dashboard gives it privately.</summary>
    public async Task<Uri> LinkAsync(string user = "ann", string command = "/dashboard")
    {
        var message = new ChatMessage(ChatPlatform.Console, "club", true, user, user, command) { RepliesPrivately = true };
        var reply = Assert.Single(await Engine.HandleAsync(message, TestContext.Current.CancellationToken));
        return new Uri(Assert.Single(reply.Buttons, b => b.Url is not null).Url!.Replace("webcal://", "http://", StringComparison.Ordinal));
    }

    public RoadmapDbContext Db() => _app.Services.GetRequiredService<IDbContextFactory<RoadmapDbContext>>().CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _store.DisposeAsync();
    }

    private sealed class FixedAddress(Func<string> url) : IDashboardAddress
    {
        public ValueTask<string?> BaseUrlAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>(url());
    }
}
