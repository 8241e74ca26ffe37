namespace RoadmapBot.Benchmarks.FanOut;

/// <summary>
/// <c>fanout [--members N] [--postgres CONNECTION]</c>: runs the harness once (on PostgreSQL when given) and prints the
/// figures for docs/benchmarks.md. Exits 1 unless every kickoff arrived exactly once, none was refused with a 429, and
/// the sustained rate held at least 80 % of Telegram's.
/// </summary>
public static class FanOutCommand
{
    // The real run holds 95 %; a busy two-core box running other work alongside gets some slack.
    public const double MinimumRateShare = 0.80;

    public static async Task<int> RunAsync(string[] args)
    {
        var members = 10_000;
        string? postgres = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--members" && i + 1 < args.Length && int.TryParse(args[++i], out var n)) members = n;
            else if (args[i] == "--postgres" && i + 1 < args.Length) postgres = args[++i];
            else
            {
                Console.Error.WriteLine("usage: fanout [--members N] [--postgres CONNECTION]   (N a multiple of 10; default 10000; CONNECTION an Npgsql server connection string)");
                return 2;
            }
        }
        Console.WriteLine($"// Fan-out: {members:N0} members, kickoff at 08:00 {FanOutHarness.Zone}, Telegram limits, {(postgres is null ? "SQLite" : "PostgreSQL")}; about {members / 30.0 / 60:N1} min");
        var report = await FanOutHarness.RunAsync(members, Console.Out, postgres);
        report.Print(Console.Out);
        var failures = Failures(report).ToList();
        foreach (var failure in failures)
            Console.WriteLine($"FAILED: {failure}");
        return failures.Count == 0 ? 0 : 1;
    }

    public static IEnumerable<string> Failures(FanOutReport report)
    {
        if (report.Received.Count != report.Expected.Count) yield return $"{report.Received.Count} messages arrived for {report.Expected.Count} kickoffs";
        if (report.Duplicates > 0) yield return $"{report.Duplicates} duplicates";
        if (report.Missing > 0) yield return $"{report.Missing} kickoffs missing";
        if (report.TooManyRequests > 0) yield return $"{report.TooManyRequests} sends refused with 429";
        if (report.RateShare < MinimumRateShare)
            yield return $"{report.SustainedPerSecond:N1}/s is {report.RateShare:P0} of Telegram's {report.AllowedPerSecond}/s; expected at least {MinimumRateShare:P0}";
    }
}
