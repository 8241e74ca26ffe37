using Microsoft.Data.Sqlite;

namespace RoadmapBot.Core.Data;

public static class SqliteConnectionStrings
{
    /// <summary>A pooled connection that waits up to <paramref name="busyTimeoutSeconds"/> for a busy database instead of failing.</summary>
    public static string For(string databasePath, int busyTimeoutSeconds = 30) =>
        new SqliteConnectionStringBuilder { DataSource = databasePath, DefaultTimeout = busyTimeoutSeconds, Pooling = true }.ToString();
}
