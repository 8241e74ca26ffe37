using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using RoadmapBot.Core;
using RoadmapBot.Core.Data;

namespace RoadmapBot.Tests;

/// <summary>
/// One database per test on the server named by ROADMAPBOT_TEST_POSTGRES (.ci/run starts one), cloned from a migrated
/// template made once per test process. Without the variable the test is skipped, unless CI=true: then it fails.
/// </summary>
internal static class TestPostgres
{
    public const string Variable = "ROADMAPBOT_TEST_POSTGRES";
    private static readonly SemaphoreSlim TemplateGate = new(1, 1);
    private static string? _template;

    public static string Server()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(server))
            return server;
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            Assert.Fail($"CI=true but {Variable} is not set: .ci/run starts PostgreSQL for these tests, and a missing server is a failure.");
        Assert.Skip($"No PostgreSQL: set {Variable} to an Npgsql connection string (.ci/run starts a throwaway server and sets it).");
        return "";
    }

    /// <summary>A new database: migrated (a copy of the template) or empty.</summary>
    public static async Task<string> CreateDatabaseAsync(bool migrated = true)
    {
        var server = Server();
        var name = "rbt_" + Guid.NewGuid().ToString("N");
        var template = migrated ? await TemplateAsync(server) : "template0";
        await ExecuteAsync(server, $"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
        return On(server, name);
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        NpgsqlConnection.ClearPool(new NpgsqlConnection(connectionString));
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await ExecuteAsync(Server(), $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    public static string On(string server, string database) =>
        new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;

    private static async Task<string> TemplateAsync(string server)
    {
        await TemplateGate.WaitAsync();
        try
        {
            if (_template is not null)
                return _template;
            var name = "rbt_template_" + Guid.NewGuid().ToString("N");
            await ExecuteAsync(server, $"CREATE DATABASE \"{name}\" TEMPLATE template0");
            var connectionString = On(server, name);
            await using (var services = new ServiceCollection()
                .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
                .AddLogging()
                .AddRoadmapCore(o => o.PostgreSql = connectionString)
                .BuildServiceProvider())
                await services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
            // A template must have no open connections while it is copied.
            NpgsqlConnection.ClearPool(new NpgsqlConnection(connectionString));
            return _template = name;
        }
        finally
        {
            TemplateGate.Release();
        }
    }

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
