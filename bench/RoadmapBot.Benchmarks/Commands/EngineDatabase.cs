using System.Diagnostics;
using System.Security.Cryptography;
using RoadmapBot.Core.Data;

namespace RoadmapBot.Benchmarks.Commands;

/// <summary>
/// The engine benchmark's database: 1,000 group spaces × 10 members on seed 000, with item progress and
/// 90 days of metric logs. Built once into the temp folder and reused while the builder, Core and the seed are unchanged.
/// </summary>
internal static class EngineDatabase
{
    public const int Spaces = 1000;
    public const int MembersPerSpace = 10;
    public const int LogDays = 90;

    /// <summary>Each member has done fewer than this many items, in document order; later items are untouched by everyone.</summary>
    public const int SeededItems = 40;

    /// <summary>Bump when the builder changes what it writes.</summary>
    private const string BuilderVersion = "2";

    /// <summary>A Wednesday in phase 2 of seed 000, mid-morning UTC.</summary>
    public static readonly DateTimeOffset Now = new(2026, 4, 15, 9, 0, 0, TimeSpan.Zero);

    private static string Folder => Path.Combine(Path.GetTempPath(), "roadmapbot-bench");

    public static string SpaceId(int space) => $"group-{space}";

    public static string UserId(int space, int member) => $"user-{space}-{member}";

    public static string DisplayName(int space, int member) => $"Member {space}.{member}";

    /// <summary>Every member, in the one shuffled order the benchmarks call them in, so no member or space is hot.</summary>
    public static (int Space, int Member)[] ShuffledMembers()
    {
        var members = (
            from s in Enumerable.Range(1, Spaces)
            from m in Enumerable.Range(0, MembersPerSpace)
            select (Space: s, Member: m)).ToArray();
        new Random(3).Shuffle(members);
        return members;
    }

    /// <summary>A fresh copy that the caller may change and must delete (<see cref="Delete"/>).</summary>
    public static async Task<string> CopyAsync()
    {
        var pristine = await PristineAsync();
        var copy = Path.Combine(Folder, $"run-{Environment.ProcessId}.db");
        File.Copy(pristine, copy, overwrite: true);
        return copy;
    }

    public static void Delete(string database)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(database + suffix);
    }

    private static async Task<string> PristineAsync()
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, $"engine-{CacheKey()}.db");
        if (File.Exists(path))
            return path;
        foreach (var stale in Directory.GetFiles(Folder, "engine-*"))
            File.Delete(stale);
        var building = Path.Combine(Folder, $"building-{Environment.ProcessId}.db");
        Delete(building);
        var clock = Stopwatch.StartNew();
        await EngineDatabaseBuilder.BuildAsync(building, BenchFiles.Seed("000"));
        // Only a finished build gets the cache's name.
        File.Move(building, path);
        Console.WriteLine($"// Built {path} in {clock.Elapsed.TotalSeconds:N1} s");
        return path;
    }

    // The Core assembly's id changes with the schema and the importer, the hash with the seed.
    private static string CacheKey()
    {
        var core = typeof(RoadmapDbContext).Assembly.ManifestModule.ModuleVersionId;
        var seed = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(BenchFiles.Seed("000"))))[..12];
        return $"v{BuilderVersion}-{core:N}-{seed}";
    }
}
