using Microsoft.Data.Sqlite;

namespace RoadmapBot.Core.Data;

public static class SqliteConnectionStrings
{
    /// <summary>A pooled connection that waits up to 30 s for a busy database instead of failing.</summary>
    public static string For(string databasePath) =>
        new SqliteConnectionStringBuilder { DataSource = databasePath, DefaultTimeout = 30, Pooling = true }.ToString();
}
