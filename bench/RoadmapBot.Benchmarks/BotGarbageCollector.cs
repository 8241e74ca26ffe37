using System.Globalization;
using System.Runtime;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;

namespace RoadmapBot.Benchmarks;

/// <summary>
/// Runs a benchmark under the bot's own garbage collector settings (src/RoadmapBot.Host/GarbageCollection.props, which this
/// project imports too): read from this process's runtime configuration and handed to the process BenchmarkDotNet starts, which
/// does not inherit them.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class BotGarbageCollectorAttribute() : JobMutatorConfigBaseAttribute(BotJob())
{
    private static Job BotJob()
    {
        // What this process's collector is, not how its configuration spells it: without background collections it runs Batch.
        var job = Job.Default.WithGcServer(GCSettings.IsServerGC).WithGcConcurrent(GCSettings.LatencyMode != GCLatencyMode.Batch);
        // The runtime reads a GC variable's number as hexadecimal.
        return AppContext.GetData("System.GC.LOHThreshold") is { } threshold
            ? job.WithEnvironmentVariables(new EnvironmentVariable("DOTNET_GCLOHThreshold", Convert.ToInt64(threshold, CultureInfo.InvariantCulture).ToString("x", CultureInfo.InvariantCulture)))
            : job;
    }
}
