namespace RoadmapBot.Host.Tests.Cli;

/// <summary>Paths in the repository the tests run from.</summary>
internal static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string Seed(string prefix) =>
        Directory.GetFiles(Path.Combine(Root, "seeds")).Single(f => Path.GetFileName(f).StartsWith(prefix, StringComparison.Ordinal));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "RoadmapBot.sln"))) return dir.FullName;
        throw new InvalidOperationException("RoadmapBot.sln not found above " + AppContext.BaseDirectory);
    }
}
