using System.Text.Json;
using RoadmapBot.Tests;

namespace RoadmapBot.Host.Tests.Startup;

/// <summary>The garbage collector the built program runs with, as its runtimeconfig.json tells the runtime (issue 20).</summary>
public sealed class GarbageCollectorTests
{
    [Fact]
    public void BuiltProgram_RunsWorkstationGcWithoutBackgroundCollections()
    {
        var config = Path.ChangeExtension(HostProgram.Path(), ".runtimeconfig.json");
        using var json = JsonDocument.Parse(File.ReadAllText(config));
        var properties = json.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        // Measured in docs/benchmarks.md (issue 20): non-concurrent workstation GC imports 1 MB fastest at the same idle memory.
        Assert.False(properties.GetProperty("System.GC.Server").GetBoolean());
        Assert.False(properties.GetProperty("System.GC.Concurrent").GetBoolean());
    }
}
