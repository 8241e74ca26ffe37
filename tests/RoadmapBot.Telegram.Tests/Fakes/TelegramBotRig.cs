using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RoadmapBot.Core;
using RoadmapBot.Core.Data;

namespace RoadmapBot.Telegram.Tests.Fakes;

/// <summary>RoadmapBot with the Telegram adapter, on a SQLite file, talking to a <see cref="FakeBotApi"/>; a second rig on the same file is a restart.</summary>
public sealed class TelegramBotRig : IAsyncDisposable
{
    private TelegramBotRig(IHost host, CapturedLogs logs) => (Host, Logs) = (host, logs);

    public IHost Host { get; }
    public CapturedLogs Logs { get; }

    public static async Task<TelegramBotRig> StartAsync(FakeBotApi api, string databasePath, CapturedLogs? logs = null,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        logs ??= new CapturedLogs();
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RoadmapBot:Database"] = databasePath,
            ["RoadmapBot:Telegram:Token"] = FakeBotApi.Token,
            ["RoadmapBot:Telegram:ApiBaseUrl"] = api.BaseUrl,
            ["RoadmapBot:Telegram:PollTimeoutSeconds"] = "1",
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
        builder.Services.AddRoadmapCore().AddTelegram();
        var host = builder.Build();
        await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        await host.StartAsync();
        return new TelegramBotRig(host, logs);
    }

    public RoadmapDbContext Db() => Host.Services.GetRequiredService<IDbContextFactory<RoadmapDbContext>>().CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
    }
}
