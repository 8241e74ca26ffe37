namespace RoadmapBot.Telegram.Tests.EndToEnd;

/// <summary>The real program the end-to-end tests run: src/RoadmapBot.Host/bin/{configuration}/net10.0/roadmapbot.dll, built with this test project.</summary>
internal static class HostProgram
{
    public static string Path()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(System.IO.Path.DirectorySeparatorChar));
        var (framework, configuration) = (output.Name, output.Parent!.Name);
        for (var dir = output; dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "RoadmapBot.sln")))
                return System.IO.Path.Combine(dir.FullName, "src", "RoadmapBot.Host", "bin", configuration, framework, "roadmapbot.dll");
        throw new InvalidOperationException("RoadmapBot.sln not found above " + AppContext.BaseDirectory);
    }
}
