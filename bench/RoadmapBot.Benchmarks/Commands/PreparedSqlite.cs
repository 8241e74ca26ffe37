using Microsoft.Data.Sqlite;
using RoadmapBot.Core.Data;

namespace RoadmapBot.Benchmarks.Commands;

/// <summary>One open connection on the benchmark's file with its statements prepared once, as the ADO.NET references use it.</summary>
internal static class PreparedSqlite
{
    public static SqliteConnection Open(string database)
    {
        var connection = new SqliteConnection(SqliteConnectionStrings.For(database));
        connection.Open();
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA synchronous=NORMAL;";  // as the bot's own connections (SqlitePragmaInterceptor)
        pragma.ExecuteNonQuery();
        return connection;
    }

    public static SqliteCommand Prepare(this SqliteConnection connection, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        command.Prepare();
        return command;
    }

    /// <summary>Binds <paramref name="values"/> to the command's parameters in the order they were prepared.</summary>
    public static void Set(this SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = values[i];
    }
}
