namespace RoadmapBot.Core.Tests.Import.Corpus;

/// <summary>The public roadmaps kept outside the repository, found by walking up from the repository to shared/corpus.</summary>
internal static class CorpusFiles
{
    public static string? Folder { get; } = Find();

    public static bool RequiredHere => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string PathOf(string name) => Path.Combine(Folder!, name + ".md");

    /// <summary>Skips the calling test when the corpus is absent here; under CI=true its absence is a failure.</summary>
    public static void RequireOrSkip()
    {
        if (Folder is not null) return;
        if (RequiredHere) Assert.Fail("The corpus (../shared/corpus) is missing and CI=true requires it.");
        Assert.Skip("The corpus (../shared/corpus) is not present next to this repository.");
    }

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(RepoFiles.Root); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}
