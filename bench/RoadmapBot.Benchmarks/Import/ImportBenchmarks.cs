using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Markdig;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Import;
using RoadmapBot.Core.Storing;

namespace RoadmapBot.Benchmarks.Import;

/// <summary>
/// Import of seed 000 (target: under 5 ms) and of a generated roadmap just under 1 MB (target: under 150 ms); the 1 MB
/// roadmap re-imported over itself (import, rows with due dates, diff against the stored rows) and its diff alone, which
/// must stay linear (issue 12). Each import is measured against Markdig's own parse of the same text with the importer's
/// pipeline, its baseline in the same run (issue 14: at most 2x).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[BotGarbageCollector]
public class ImportBenchmarks
{
    private byte[] _seed000 = [];
    private byte[] _oneMegabyte = [];
    private string _seed000Text = "";
    private string _oneMegabyteText = "";
    private readonly SpaceRoadmap _row = new() { SpaceId = 1, Title = "Generated roadmap", Source = "", ContentHash = "", StartDate = new DateOnly(2026, 1, 5) };
    private List<StoredItem> _stored = [];
    private List<StoredItem> _storedAgain = [];

    [GlobalSetup]
    public void Setup()
    {
        _seed000 = File.ReadAllBytes(BenchFiles.Seed("000"));
        _oneMegabyte = GeneratedRoadmap.OfSize(RoadmapImporter.MaxBytes - 4096);
        _seed000Text = Encoding.UTF8.GetString(_seed000);
        _oneMegabyteText = Encoding.UTF8.GetString(_oneMegabyte);
        _stored = RoadmapStore.Preview(_row, RoadmapImporter.Import(_oneMegabyte).Roadmap);
        _storedAgain = RoadmapStore.Preview(_row, RoadmapImporter.Import(_oneMegabyte).Roadmap);
        if (OneMegabyteReimportedOverItself() != _stored.Count)
            throw new InvalidOperationException("Re-importing the roadmap over itself must match every item.");
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Seed000")]
    public int Seed000MarkdigParse() => Markdown.Parse(_seed000Text, RoadmapImporter.Pipeline).Count;

    [Benchmark, BenchmarkCategory("Seed000")]
    public int Seed000() => RoadmapImporter.Import(_seed000).ItemCount;

    [Benchmark(Baseline = true), BenchmarkCategory("OneMegabyte")]
    public int OneMegabyteMarkdigParse() => Markdown.Parse(_oneMegabyteText, RoadmapImporter.Pipeline).Count;

    [Benchmark, BenchmarkCategory("OneMegabyte")]
    public int OneMegabyte() => RoadmapImporter.Import(_oneMegabyte).ItemCount;

    [Benchmark, BenchmarkCategory("Reimport")]
    public int OneMegabyteReimportedOverItself() =>
        RoadmapDiff.Compare(_stored, RoadmapStore.Preview(_row, RoadmapImporter.Import(_oneMegabyte).Roadmap)).Moves.Count;

    [Benchmark, BenchmarkCategory("Reimport")]
    public int OneMegabyteDiffOnly() => RoadmapDiff.Compare(_stored, _storedAgain).Moves.Count;
}

/// <summary>A seed-000-shaped roadmap of phases, task headings, checkboxes and property lines, grown to a size.</summary>
public static class GeneratedRoadmap
{
    public static byte[] OfSize(int bytes)
    {
        var document = new StringBuilder("# Generated roadmap\n\n");
        for (int phase = 1, task = 1; ; phase++)
        {
            var next = new StringBuilder($"## 🎯 PHASE {phase}: Generated part {phase} (Jan 2026 – Mar 2026)\n\n### Section\n\n");
            for (var n = 0; n < 40; n++, task++)
                next.Append(CultureInfo.InvariantCulture, $"#### Task {task}: Learn topic {task}\n- [ ] **Task:** Study and practise topic {task} with `code` and *emphasis*\n")
                    .Append("- **Priority:** 🔴 HIGH\n- **Hours:** 40\n- **Deliverable:** Notes + exercises\n")
                    .Append(CultureInfo.InvariantCulture, $"- **Course Resource:** [Course {task}](https://example.com/{task})\n- **Skills:** python, sql\n\n");
            next.Append(CultureInfo.InvariantCulture, $"### 🏆 Phase {phase} Success Criteria:\n- ✅ Everything done\n\n");
            if (Encoding.UTF8.GetByteCount(document.ToString()) + Encoding.UTF8.GetByteCount(next.ToString()) > bytes)
                return Encoding.UTF8.GetBytes(document.ToString());
            document.Append(next);
        }
    }
}
