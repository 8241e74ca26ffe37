using Microsoft.EntityFrameworkCore;

namespace RoadmapBot.Core.Data;

/// <summary>Which database the bot runs on: PostgreSQL when a connection string is configured, else the SQLite file.</summary>
public static class RoadmapDatabase
{
    /// <summary>PostgreSQL's migrations live in their own assembly: one context, one migration set per provider.</summary>
    public const string PostgreSqlMigrationsAssembly = "RoadmapBot.Core.PostgreSql";

    public static bool UsesPostgreSql(RoadmapBotOptions options) => !string.IsNullOrWhiteSpace(options.PostgreSql);

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, RoadmapBotOptions options) =>
        UsesPostgreSql(options)
            ? UsePostgreSql(builder, options.PostgreSql!)
            : builder.UseSqlite(SqliteConnectionStrings.For(options.Database, options.BusyTimeoutSeconds)).AddInterceptors(new SqlitePragmaInterceptor());

    public static DbContextOptionsBuilder UsePostgreSql(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(PostgreSqlMigrationsAssembly));
}
