namespace RoadmapBot.Benchmarks;

/// <summary>Finds the repository's files from wherever BenchmarkDotNet runs the benchmark process.</summary>
public static class BenchFiles
{
    public static string Seed(string prefix) =>
        Directory.GetFiles(Path.Combine(Repository(), "seeds")).Single(f => Path.GetFileName(f).StartsWith(prefix, StringComparison.Ordinal));

    public static string Repository()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RoadmapBot.sln")) && Directory.Exists(Path.Combine(dir.FullName, "seeds")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }
}
