namespace RoadmapBot.Tests;

/// <summary>The repository the tests run from, found by walking up to RoadmapBot.sln; linked into every test project.</summary>
internal static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string SeedsFolder => Path.Combine(Root, "seeds");

    /// <summary>The seed whose file name starts with <paramref name="prefix"/> ("000").</summary>
    public static string Seed(string prefix) =>
        Directory.GetFiles(SeedsFolder).Single(f => Path.GetFileName(f).StartsWith(prefix, StringComparison.Ordinal));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "RoadmapBot.sln"))) return dir.FullName;
        throw new InvalidOperationException("RoadmapBot.sln not found above " + AppContext.BaseDirectory);
    }
}
