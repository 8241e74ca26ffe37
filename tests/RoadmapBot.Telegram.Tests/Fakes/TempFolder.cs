using Microsoft.Data.Sqlite;

namespace RoadmapBot.Telegram.Tests.Fakes;

/// <summary>A fresh folder for a test's SQLite file, removed afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("roadmapbot-telegram-").FullName;

    public string Database => System.IO.Path.Combine(Path, "bot.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}
