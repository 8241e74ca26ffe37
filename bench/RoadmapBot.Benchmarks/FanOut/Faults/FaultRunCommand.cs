using System.Diagnostics;
using System.Globalization;
using RoadmapBot.Benchmarks.Commands;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Reminders;

namespace RoadmapBot.Benchmarks.FanOut.Faults;

/// <summary>
/// <c>fanout-faults [--members N] [--kills K] [--seed S]</c>: issue 13's fault run. The fan-out's kickoffs sent by a child
/// process that is killed with SIGKILL K times at random moments and started again each time; the platform (this
/// process) records everything it receives. Prints in-doubt, duplicate and missing counts; exit 0 when the promises hold.
/// </summary>
public static class FaultRunCommand
{
    public const string Verb = "fanout-faults";

    public static async Task<int> RunAsync(string[] args)
    {
        var (members, kills, seed) = (2_000, 3, Random.Shared.Next());
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--members" && i + 1 < args.Length && int.TryParse(args[++i], CultureInfo.InvariantCulture, out var m)) members = m;
            else if (args[i] == "--kills" && i + 1 < args.Length && int.TryParse(args[++i], CultureInfo.InvariantCulture, out var k)) kills = k;
            else if (args[i] == "--seed" && i + 1 < args.Length && int.TryParse(args[++i], CultureInfo.InvariantCulture, out var s)) seed = s;
            else
            {
                await Console.Error.WriteLineAsync($"usage: {Verb} [--members N] [--kills K] [--seed S]   (N a multiple of 10; default 2000, 3 kills)");
                return 2;
            }
        }
        if (members <= 0 || members % FanOutHarness.MembersPerSpace != 0) return 2;
        Console.WriteLine($"// Fault run: {members:N0} members' kickoffs, sender killed with SIGKILL {kills} times (seed {seed})");
        var database = Path.Combine(Path.GetTempPath(), $"roadmapbot-faults-{Guid.NewGuid():N}.db");
        try
        {
            await EngineDatabaseBuilder.BuildAsync(database, BenchFiles.Seed("000"), members / FanOutHarness.MembersPerSpace);
            await FaultDatabase.RecordPastDayAsync(database);
            await using var platform = new FaultPlatform();
            var run = await RunKilledAsync(database, platform, KillPoints(new Random(seed), members, kills));
            var report = await FaultReport.ReadAsync(database, platform.Snapshot(), run);
            report.Print(Console.Out);
            return report.Holds ? 0 : 1;
        }
        finally
        {
            EngineDatabase.Delete(database);
        }
    }

    // Random moments, as platform receipts: between 5 % and 95 % of the fan-out, all different.
    private static List<int> KillPoints(Random random, int members, int kills) =>
        [.. Enumerable.Range(0, int.MaxValue).Select(_ => random.Next(members / 20, members * 19 / 20)).Distinct().Take(kills).Order()];

    private static async Task<FaultRun> RunKilledAsync(string database, FaultPlatform platform, List<int> killAt)
    {
        var run = new FaultRun();
        var clockStart = FanOutHarness.BeforeKickoff.AddSeconds(2);
        var wall = Stopwatch.StartNew();
        foreach (var threshold in killAt)
        {
            using var child = SenderProcess.Start(database, platform.Url, clockStart, run.Output);
            var started = Stopwatch.GetTimestamp();
            while (platform.Count < threshold && !child.HasExited)
                await Task.Delay(TimeSpan.FromMilliseconds(5));
            if (child.HasExited)
                throw new InvalidOperationException($"The sender exited (code {child.ExitCode}) before {threshold} messages arrived.");
            child.Kill();  // SIGKILL on Unix: no handler, no finally, nothing flushed
            var killedAt = clockStart + Stopwatch.GetElapsedTime(started);
            await child.WaitForExitAsync();
            var inDoubt = await FaultDatabase.InDoubtAsync(database);
            run.Kills.Add(new FaultRun.Kill(platform.Count, inDoubt));
            Console.WriteLine($"// killed at {platform.Count:N0} received (aimed at {threshold:N0}), {wall.Elapsed.TotalSeconds:N1} s in: {inDoubt.Count} rows claimed and not recorded");
            // The dead process's lease runs out before the new one looks: its clock starts past the lease.
            clockStart = killedAt + ReminderLease.Length + TimeSpan.FromSeconds(1);
        }
        using (var last = SenderProcess.Start(database, platform.Url, clockStart, run.Output))
        {
            using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(15));
            await last.WaitForExitAsync(limit.Token);
            run.LastExitCode = last.ExitCode;
        }
        run.WallTime = wall.Elapsed;
        return run;
    }
}

/// <summary>What happened while the run killed and restarted the sender.</summary>
public sealed class FaultRun
{
    public List<Kill> Kills { get; } = [];
    public List<string> Output { get; } = [];
    public int LastExitCode { get; set; } = -1;
    public TimeSpan WallTime { get; set; }

    public sealed record Kill(int ReceivedBefore, List<string> InDoubt);
}
