using System.Text.Json;
using RoadmapBot.Core.Import;
using RoadmapBot.Tests;

namespace RoadmapBot.Host.Tests.Startup;

/// <summary>The runtime settings the built program runs with, as its runtimeconfig.json tells the runtime (issues 14 and 20).</summary>
public sealed class RuntimeConfigTests
{
    [Fact]
    public void BuiltProgram_RunsWorkstationGcWithoutBackgroundCollections()
    {
        var properties = ConfigProperties();

        // Measured in docs/benchmarks.md (issue 20): non-concurrent workstation GC imports 1 MB fastest at the same idle memory.
        Assert.False(properties.GetProperty("System.GC.Server").GetBoolean());
        Assert.False(properties.GetProperty("System.GC.Concurrent").GetBoolean());
    }

    [Fact]
    public void BuiltProgram_DecodesARoadmapUpToTheUploadLimitOffTheLargeObjectHeap()
    {
        var properties = ConfigProperties();

        // Measured in docs/benchmarks.md (issue 14): large objects land on freshly mapped pages, a page fault each 4 KB.
        const int stringBytes = 2 * RoadmapImporter.MaxBytes + 24;
        Assert.True(properties.GetProperty("System.GC.LOHThreshold").GetInt32() >= stringBytes);
    }

    [Fact]
    public void BuiltProgram_RunsTieredCompilationWithPgo()
    {
        var properties = ConfigProperties();

        // Measured in docs/benchmarks.md (issue 20, stop 30): without PGO /done takes 45 % longer; without tiering start-up 26 % longer.
        Assert.False(properties.TryGetProperty("System.Runtime.TieredPGO", out _));
        Assert.False(properties.TryGetProperty("System.Runtime.TieredCompilation", out _));
    }

    // The settings the runtime reads from the built program's runtimeconfig.json, outliving the parsed document.
    private static JsonElement ConfigProperties()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(HostProgram.Path(), ".runtimeconfig.json")));
        return json.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").Clone();
    }
}
