namespace RoadmapBot.Tests;

/// <summary>The repository the tests run from, found by walking up to RoadmapBot.sln; linked into every test project.</summary>
internal static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "RoadmapBot.sln"))) return dir.FullName;
        throw new InvalidOperationException("RoadmapBot.sln not found above " + AppContext.BaseDirectory);
    }
}
