namespace RoadmapBot.Telegram.Tests.Fakes;

/// <summary>The sample roadmaps in the repository's seeds folder.</summary>
public static class Seeds
{
    public static byte[] Read(string prefix)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "RoadmapBot.sln")))
                return File.ReadAllBytes(Directory.GetFiles(Path.Combine(dir.FullName, "seeds"), prefix + "*").Single());
        throw new InvalidOperationException("RoadmapBot.sln not found above " + AppContext.BaseDirectory);
    }
}
