using RoadmapBot.Core.Import;

namespace RoadmapBot.Core.Tests.Import;

/// <summary>The user's sample roadmaps in the repository's seeds folder.</summary>
internal static class Seeds
{
    public static string Directory { get; } = FindSeeds();

    public static string[] All => System.IO.Directory.GetFiles(Directory).Order().ToArray();

    public static string Path(string prefix) => All.Single(f => System.IO.Path.GetFileName(f).StartsWith(prefix, StringComparison.Ordinal));

    public static ImportResult Import(string prefix) => RoadmapImporter.Import(File.ReadAllBytes(Path(prefix)));

    private static string FindSeeds()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "RoadmapBot.sln")))
                return System.IO.Path.Combine(dir.FullName, "seeds");
        throw new InvalidOperationException("RoadmapBot.sln not found above " + AppContext.BaseDirectory);
    }
}
