using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RoadmapBot.Core;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Commands;
using RoadmapBot.Core.Data;
using RoadmapBot.Discord.Tests.Adapter.Fakes;
using RoadmapBot.Discord.Tests.Fakes;

namespace RoadmapBot.Discord.Tests.Adapter.EndToEnd;

/// <summary>RoadmapBot with the Discord adapter and the real client, on a SQLite file, connected to a <see cref="FakeDiscord"/>.</summary>
public sealed class DiscordHostRig : IAsyncDisposable
{
    private readonly string _folder;

    private DiscordHostRig(string? folder) => _folder = folder ?? Directory.CreateTempSubdirectory("roadmapbot-discord-e2e-").FullName;

    public IHost Host { get; private set; } = null!;
    public CapturedLogs Logs { get; } = new();
    public string Database => Path.Combine(_folder, "bot.db");

    /// <summary>
    /// Starts the bot; given <paramref name="restartOf"/> (stopped with <see cref="StopAsync"/>), on that one's database, as
    /// after a restart; <paramref name="settings"/> adds configuration, e.g. the shard this instance holds.
    /// </summary>
    public static async Task<DiscordHostRig> StartAsync(FakeDiscord discord, DiscordHostRig? restartOf = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var rig = new DiscordHostRig(restartOf?._folder);
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RoadmapBot:Database"] = rig.Database,
            ["RoadmapBot:DefaultTimeZone"] = "UTC",
            ["RoadmapBot:Discord:Token"] = DiscordAdapterRig.Token,
            ["RoadmapBot:Discord:ApplicationId"] = FakeDiscord.ApplicationId.ToString(CultureInfo.InvariantCulture),
            ["RoadmapBot:Discord:ApiBaseUrl"] = discord.ApiBaseUrl,
        });
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders().AddProvider(rig.Logs).SetMinimumLevel(LogLevel.Trace);
        builder.Services.AddRoadmapCore().AddDiscord();
        rig.Host = builder.Build();
        await rig.Host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        await rig.Host.StartAsync();
        return rig;
    }

    /// <summary>Seed <paramref name="prefix"/> imported into the fake's guild channel, straight through the engine.</summary>
    public Task ImportAsync(string prefix) => SeedImport.IntoFakeGuildAsync(Host.Services, prefix);

    public RoadmapDbContext Db() => Host.Services.GetRequiredService<IDbContextFactory<RoadmapDbContext>>().CreateDbContext();

    /// <summary>Stops the bot and keeps its database, for a restart.</summary>
    public async Task StopAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
        SqliteConnection.ClearAllPools();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
