namespace RoadmapBot.Tests;

/// <summary>
/// The real program end-to-end tests start: src/RoadmapBot.Host/bin/{configuration}/{framework}/roadmapbot.dll, built with
/// the test project (referenced without its assembly, so the test project's own framework does not change its dependencies).
/// </summary>
internal static class HostProgram
{
    public static string Path()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(System.IO.Path.DirectorySeparatorChar));
        var (framework, configuration) = (output.Name, output.Parent!.Name);
        return System.IO.Path.Combine(RepoFiles.Root, "src", "RoadmapBot.Host", "bin", configuration, framework, "roadmapbot.dll");
    }
}
