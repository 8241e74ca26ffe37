using System.Diagnostics;
using System.Text.Json;
using RoadmapBot.Host.Cli;

namespace RoadmapBot.Host.Tests.Cli;

public sealed class ImportCliTests
{
    [Theory]
    [InlineData("000", 7, 72, 0)]
    [InlineData("001", 4, 15, 0)]
    [InlineData("002", 6, 66, 0)]
    [InlineData("003", 2, 21, 0)]
    [InlineData("004", 5, 81, 8)]
    public void ImportJson_GivesTheSeedFigures(string seed, int phases, int items, int done)
    {
        var (code, stdout, stderr) = Run(Seeds.Path(seed), "--json");

        Assert.Equal(0, code);
        Assert.Empty(stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        var all = root.GetProperty("phases").EnumerateArray().SelectMany(p => Flatten(p.GetProperty("items"))).ToList();
        Assert.Equal(phases, root.GetProperty("phases").GetArrayLength());
        Assert.Equal(items, all.Count);
        Assert.Equal(done, all.Count(i => i.GetProperty("status").GetString() == "done"));
        Assert.All(all, i => Assert.True(i.GetProperty("line").GetInt32() > 0));
    }

    [Fact]
    public void ImportJson_UsesTheDocumentedShape()
    {
        var (_, stdout, _) = Run(Seeds.Path("004"), "--json");

        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        var first = root.GetProperty("phases")[0].GetProperty("items")[0];
        Assert.Equal("oct1.1", first.GetProperty("key").GetString());
        Assert.Equal("2025-10-01T09:00", first.GetProperty("due").GetString());
        Assert.Equal("2025-10-01T10:30", first.GetProperty("end").GetString());
        Assert.Equal("07:30", root.GetProperty("busyWindows")[0].GetProperty("start").GetString());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("warnings").ValueKind);
        Assert.Equal("2025-09-29", root.GetProperty("phases")[0].GetProperty("start").GetString());
    }

    [Fact]
    public void ImportJson_ListsHabitsWithMetricTargetUnitAndPeriod()
    {
        var (_, stdout, _) = Run(Seeds.Path("000"), "--json");

        using var json = JsonDocument.Parse(stdout);
        var sql = json.RootElement.GetProperty("habits")[0];
        Assert.Equal("sql", sql.GetProperty("key").GetString());
        Assert.Equal("sql", sql.GetProperty("metric").GetString());
        Assert.Equal(4, sql.GetProperty("target").GetDouble());
        Assert.Equal("problems", sql.GetProperty("unit").GetString());
        Assert.Equal("day", sql.GetProperty("period").GetString());
    }

    [Fact]
    public void ImportSummary_NamesPhasesHabitsAndWarningsWithLines()
    {
        var (code, stdout, _) = Run(Seeds.Path("000"));

        Assert.Equal(0, code);
        Assert.Contains("7 phases, 72 items", stdout);
        Assert.Contains("habit sql: 4 SQL problems (4 problems per day)", stdout);
        Assert.Contains("warning: line 1051: Hours 'Ongoing' is not a number", stdout);
    }

    [Fact]
    public void Clock_IsAcceptedLikeEveryOtherCommand()
    {
        var (code, stdout, _) = Run(Seeds.Path("003"), "--clock", "2026-01-05T08:00:00Z");

        Assert.Equal(0, code);
        Assert.Contains("2 phases, 21 items", stdout);
    }

    [Fact]
    public void MissingFile_IsOneErrorLineAndNonZeroExit()
    {
        var (code, stdout, stderr) = Run("/nonexistent/plan.md");

        Assert.NotEqual(0, code);
        Assert.Empty(stdout);
        Assert.Equal("error: no such file: /nonexistent/plan.md", stderr.Trim());
    }

    [Fact]
    public void OversizedAndBinaryFiles_AreRefusedWithOneLine()
    {
        var big = Path.GetTempFileName();
        var binary = Path.GetTempFileName();
        try
        {
            File.WriteAllText(big, new string('x', 1024 * 1024 + 10));
            File.WriteAllBytes(binary, [0x7F, 0x45, 0x4C, 0x46, 0, 0, 0]);

            var (bigCode, _, bigError) = Run(big);
            var (binCode, _, binError) = Run(binary);

            Assert.NotEqual(0, bigCode);
            Assert.Contains("larger than 1 MB", bigError);
            Assert.NotEqual(0, binCode);
            Assert.Contains("not text", binError);
            Assert.Single(bigError.Trim().Split('\n'));
        }
        finally
        {
            File.Delete(big);
            File.Delete(binary);
        }
    }

    [Fact]
    public async Task RealProgram_PrintsExactlyOneJsonDocument()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "roadmapbot.dll");
        var start = new ProcessStartInfo("dotnet", [dll, "import", Seeds.Path("002"), "--json"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var stdout = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.Equal(0, process.ExitCode);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(66, json.RootElement.GetProperty("itemCount").GetInt32());
    }

    [Fact]
    public void ImportJson_GivesSectionsWithRolesAndDurationsAndStatuses()
    {
        var file = Path.Combine(Path.GetTempPath(), $"sections-{Guid.NewGuid():N}.md");
        File.WriteAllText(file, "# Study\n\n## Phase 1: Basics (2-3 weeks)\n\n- [x] Variables\n- [/] Loops\n- [ ] Batch processing (2 weeks)\n\n## Resources\n\n- [Book](https://example.com)\n");
        try
        {
            var (_, stdout, _) = Run(file, "--json");

            using var json = JsonDocument.Parse(stdout);
            var root = json.RootElement;
            var phase = root.GetProperty("phases")[0];
            Assert.Equal(21, phase.GetProperty("durationDays").GetInt32());
            var items = phase.GetProperty("items").EnumerateArray().ToList();
            Assert.Equal(["done", "doing", "todo"], items.Select(i => i.GetProperty("status").GetString()));
            Assert.Equal(14, items[2].GetProperty("durationDays").GetInt32());
            var sections = root.GetProperty("sections").EnumerateArray().Select(s =>
                (s.GetProperty("title").GetString(), s.GetProperty("line").GetInt32(), s.GetProperty("role").GetString(), s.GetProperty("itemCount").GetInt32())).ToList();
            Assert.Equal([("Phase 1: Basics (2-3 weeks)", 3, "plan", 3), ("Resources", 9, "reference", 0)], sections);
            Assert.All(root.GetProperty("sections").EnumerateArray(), s => Assert.False(string.IsNullOrEmpty(s.GetProperty("reason").GetString())));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = ImportCli.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static IEnumerable<JsonElement> Flatten(JsonElement items) =>
        items.EnumerateArray().SelectMany(i => Flatten(i.GetProperty("items")).Prepend(i));

    [Fact]
    public void Clock_GivesItsYearToDatesWrittenWithoutOne()
    {
        var plan = Path.GetTempFileName();
        try
        {
            File.WriteAllText(plan, "# Seminar\n\n| Date | Topic |\n|---|---|\n| 2/3 | Welcome |\n");

            var (code, stdout, _) = Run(plan, "--json", "--clock", "2031-05-01T08:00:00Z");

            Assert.Equal(0, code);
            using var json = JsonDocument.Parse(stdout);
            Assert.Equal("2031-02-03T00:00", json.RootElement.GetProperty("phases")[0].GetProperty("items")[0].GetProperty("due").GetString());
        }
        finally
        {
            File.Delete(plan);
        }
    }
}
