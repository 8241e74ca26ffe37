using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RoadmapBot.Core;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Progress;

namespace RoadmapBot.Benchmarks.Commands;

/// <summary>The real Core registrations on one database file (or PostgreSQL, when given), as the host wires them, minus any platform.</summary>
internal static class EngineHost
{
    public static async Task<ServiceProvider> StartAsync(string database, TimeProvider time, Action<IServiceCollection>? configure = null,
        string? postgreSql = null)
    {
        var collection = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddSingleton(time)
            .AddLogging()
            .AddRoadmapCore(o => (o.Database, o.PostgreSql) = (database, postgreSql));
        configure?.Invoke(collection);
        var services = collection.BuildServiceProvider();
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        return services;
    }

    /// <summary>
    /// Every space's roadmap view in the engine's cache, as in a long-running bot: a run shorter than one pass over the
    /// members would otherwise measure the cache filling, not the command. Returns the views by space.
    /// </summary>
    public static async Task<Dictionary<long, RoadmapView>> FillRoadmapCacheAsync(ServiceProvider services)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<RoadmapDbContext>>().CreateDbContextAsync();
        var cache = services.GetRequiredService<RoadmapCache>();
        var views = new Dictionary<long, RoadmapView>();
        foreach (var space in await db.Spaces.Select(s => s.Id).ToListAsync())
        {
            if (await cache.GetAsync(db, space, await RoadmapStamp.ReadAsync(db, space, default), default) is { } view)
                views[space] = view;
        }
        return views;
    }

    // Pooled connections keep the file open; closing the last one checkpoints the WAL, so the file can be copied or deleted.
    public static async Task StopAsync(ServiceProvider services, string database)
    {
        await services.DisposeAsync();
        SqliteConnection.ClearPool(new SqliteConnection(SqliteConnectionStrings.For(database)));
    }
}
