using System.Text;
using BenchmarkDotNet.Attributes;
using RoadmapBot.Core.Import;

namespace RoadmapBot.Benchmarks.Import;

/// <summary>Import of seed 000 (target: under 5 ms) and of a generated roadmap just under 1 MB (target: under 150 ms).</summary>
[MemoryDiagnoser]
[GcServer(true)]  // as the bot runs (RoadmapBot.Host.csproj)
public class ImportBenchmarks
{
    private byte[] _seed000 = [];
    private byte[] _oneMegabyte = [];

    [GlobalSetup]
    public void Setup()
    {
        _seed000 = File.ReadAllBytes(BenchFiles.Seed("000"));
        _oneMegabyte = GeneratedRoadmap.OfSize(RoadmapImporter.MaxBytes - 4096);
    }

    [Benchmark]
    public int Seed000() => RoadmapImporter.Import(_seed000).ItemCount;

    [Benchmark]
    public int OneMegabyte() => RoadmapImporter.Import(_oneMegabyte).ItemCount;
}

/// <summary>A seed-000-shaped roadmap of phases, task headings, checkboxes and property lines, grown to a size.</summary>
public static class GeneratedRoadmap
{
    public static byte[] OfSize(int bytes)
    {
        var document = new StringBuilder("# Generated roadmap\n\n");
        for (int phase = 1, task = 1; ; phase++)
        {
            var next = new StringBuilder($"## 🎯 PHASE {phase}: Generated (Jan 2026 – Mar 2026)\n\n### Section\n\n");
            for (var n = 0; n < 40; n++, task++)
                next.Append($"#### Task {task}: Learn topic {task}\n- [ ] **Task:** Study and practise topic {task} with `code` and *emphasis*\n")
                    .Append("- **Priority:** 🔴 HIGH\n- **Hours:** 40\n- **Deliverable:** Notes + exercises\n")
                    .Append($"- **Course Resource:** [Course {task}](https://example.com/{task})\n- **Skills:** python, sql\n\n");
            next.Append($"### 🏆 Phase {phase} Success Criteria:\n- ✅ Everything done\n\n");
            if (Encoding.UTF8.GetByteCount(document.ToString()) + Encoding.UTF8.GetByteCount(next.ToString()) > bytes)
                return Encoding.UTF8.GetBytes(document.ToString());
            document.Append(next);
        }
    }
}
