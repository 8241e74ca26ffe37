using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RoadmapBot.Core;
using RoadmapBot.Core.Data;

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

    // Pooled connections keep the file open; closing the last one checkpoints the WAL, so the file can be copied or deleted.
    public static async Task StopAsync(ServiceProvider services, string database)
    {
        await services.DisposeAsync();
        SqliteConnection.ClearPool(new SqliteConnection(SqliteConnectionStrings.For(database)));
    }
}
