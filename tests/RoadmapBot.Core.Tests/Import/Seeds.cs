using RoadmapBot.Core.Import;

namespace RoadmapBot.Core.Tests.Import;

/// <summary>The user's sample roadmaps in the repository's seeds folder.</summary>
internal static class Seeds
{
    public static string Directory => RepoFiles.SeedsFolder;

    public static string[] All => System.IO.Directory.GetFiles(Directory).Order().ToArray();

    public static string Path(string prefix) => RepoFiles.Seed(prefix);

    public static ImportResult Import(string prefix) => RoadmapImporter.Import(File.ReadAllBytes(Path(prefix)));
}
