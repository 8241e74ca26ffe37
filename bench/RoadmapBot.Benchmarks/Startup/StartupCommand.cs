using System.Globalization;
using System.Net;
using System.Net.Sockets;
using RoadmapBot.Benchmarks.Import;
using RoadmapBot.Core.Import;

namespace RoadmapBot.Benchmarks.Startup;

/// <summary>
/// <c>startup [--runs N] [--memory-runs M] [--settle SECONDS] [--env NAME=VALUE …] [--published DIR]</c>: publishes the bot as the Dockerfile does,
/// two floors the same way (a bare ASP.NET Core host, a console hello) and a reference (that host with EF Core and Quartz),
/// starts each N times and prints the median time to ready and the idle working set after the settle time, with their
/// ratios against issue 20's goals. --env is given to every program
/// (e.g. DOTNET_gcServer=1), so runtime settings can be compared without a rebuild; --published keeps the programs in DIR and
/// reuses them on the next run. Exit code 1 when a goal is not met.
/// </summary>
internal static class StartupCommand
{
    public const string Verb = "startup";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    public static async Task<int> RunAsync(string[] args)
    {
        var runs = Option(args, "--runs", 5);
        var memoryRuns = Option(args, "--memory-runs", 3);
        var settle = TimeSpan.FromSeconds(Option(args, "--settle", 30));
        var extra = args.Select((a, i) => (a, i)).Where(p => p.a == "--env" && p.i + 1 < args.Length).Select(p => args[p.i + 1].Split('=', 2))
            .ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : "");
        var log = Console.Out;
        var repository = BenchFiles.Repository();
        log.WriteLine($"// {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, load average {Load()}; runs {runs}, memory runs {memoryRuns}, settle {settle.TotalSeconds} s" +
            (extra.Count > 0 ? $", env {string.Join(' ', extra.Select(e => $"{e.Key}={e.Value}"))}" : ""));
        var kept = Array.IndexOf(args, "--published") is var k and >= 0 && k + 1 < args.Length ? Path.GetFullPath(args[k + 1]) : null;
        var published = await Published.BuildAsync(repository, log, kept);
        await using var fakes = await PlatformFakes.StartAsync();
        try
        {
            var programs = new Programs(published, repository, extra, fakes.Settings);
            var oneMegabyte = Path.Combine(published.Root, "one-megabyte.md");
            await File.WriteAllBytesAsync(oneMegabyte, GeneratedRoadmap.OfSize(RoadmapImporter.MaxBytes - 4096));
            // The first run imports the sample roadmap: every measured run starts on an existing database.
            await using (var first = programs.Console())
                await first.Probe.UntilOutputAsync(Programs.Prompt, Timeout);
            var report = new StartupReport();
            for (var run = 0; run < runs; run++)
            {
                foreach (var (name, start) in programs.ToReady())
                {
                    await using var started = start();
                    report.Add(name, await started.Ready(Timeout));
                }
                report.Add(StartupReport.ImportSeed, await ExitAsync(programs.Bot(["import", BenchFiles.Seed("000"), "--json"])));
                report.Add(StartupReport.ImportOneMegabyte, await ExitAsync(programs.Bot(["import", oneMegabyte, "--json"])));
                report.Add(StartupReport.Hello, await ExitAsync(programs.Hello()));
                log.WriteLine($"// run {run + 1} of {runs} done, load average {Load()}");
            }
            for (var run = 0; run < memoryRuns; run++)
            {
                // Started together and measured together: each sits idle for the same settle time.
                var started = programs.ToReady().Select(p => (p.Name, Program: p.Start())).ToList();
                try
                {
                    foreach (var (_, program) in started)
                        await program.Ready(Timeout);
                    await Task.Delay(settle);
                    foreach (var (name, program) in started)
                        report.AddMemory(name, program.Probe.WorkingSet());
                }
                finally
                {
                    foreach (var (_, program) in started)
                        await program.DisposeAsync();
                }
                log.WriteLine($"// memory run {run + 1} of {memoryRuns} done, load average {Load()}");
            }
            log.WriteLine($"// finished {DateTime.UtcNow:HH:mm} UTC, load average {Load()}");
            report.Print(log);
            return report.GoalsMet ? 0 : 1;
        }
        finally
        {
            published.Delete();
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<TimeSpan> ExitAsync(Probe probe)
    {
        await using (probe)
            return await probe.UntilExitAsync(Timeout);
    }

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static int Option(string[] args, string name, int fallback) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}
