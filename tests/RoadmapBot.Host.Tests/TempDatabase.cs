using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Data;

namespace RoadmapBot.Host.Tests;

/// <summary>A fresh SQLite file in its own folder, removed afterwards.</summary>
internal sealed class TempDatabase : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("roadmapbot-host-").FullName;

    public string Path => System.IO.Path.Combine(Folder, "bot.db");

    public RoadmapDbContext Open() => new(new DbContextOptionsBuilder<RoadmapDbContext>().UseSqlite($"Data Source={Path};Pooling=False").Options);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
