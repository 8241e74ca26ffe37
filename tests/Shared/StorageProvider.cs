namespace RoadmapBot.Tests;

/// <summary>The databases the bot runs on; storage and engine tests are theories over it.</summary>
public enum StorageProvider
{
    Sqlite,
    PostgreSql,
}

internal static class Storage
{
    public static TheoryData<StorageProvider> Providers => new() { StorageProvider.Sqlite, StorageProvider.PostgreSql };
}
