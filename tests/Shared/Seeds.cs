using RoadmapBot.Core.Import;

namespace RoadmapBot.Tests;

/// <summary>The user's sample roadmaps in the repository's seeds folder; linked into every test project.</summary>
internal static class Seeds
{
    public static string Folder => System.IO.Path.Combine(RepoFiles.Root, "seeds");

    public static string[] All => Directory.GetFiles(Folder).Order().ToArray();

    /// <summary>The seed whose file name starts with <paramref name="prefix"/> ("000").</summary>
    public static string Path(string prefix) =>
        Directory.GetFiles(Folder).Single(f => System.IO.Path.GetFileName(f).StartsWith(prefix, StringComparison.Ordinal));

    public static byte[] Read(string prefix) => File.ReadAllBytes(Path(prefix));

    public static ImportResult Import(string prefix) => RoadmapImporter.Import(Read(prefix));
}
