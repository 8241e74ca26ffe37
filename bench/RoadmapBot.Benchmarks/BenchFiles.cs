namespace RoadmapBot.Benchmarks;

/// <summary>Finds the repository's files from wherever BenchmarkDotNet runs the benchmark process.</summary>
public static class BenchFiles
{
    public static string Seed(string prefix)
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var seeds = Path.Combine(dir.FullName, "seeds");
            if (File.Exists(Path.Combine(dir.FullName, "RoadmapBot.sln")) && Directory.Exists(seeds))
                return Directory.GetFiles(seeds).Single(f => Path.GetFileName(f).StartsWith(prefix, StringComparison.Ordinal));
        }
        throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }
}
