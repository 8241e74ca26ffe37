namespace RoadmapBot.Discord.Tests.Adapter.Fakes;

/// <summary>The sample roadmaps in the repository's seeds folder.</summary>
public static class Seeds
{
    public static byte[] Read(string prefix) => File.ReadAllBytes(RepoFiles.Seed(prefix));
}
