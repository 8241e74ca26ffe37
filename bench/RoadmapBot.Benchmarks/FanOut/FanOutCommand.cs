namespace RoadmapBot.Benchmarks.FanOut;

/// <summary><c>fanout [--members N]</c>: runs the harness once and prints the figures for docs/benchmarks.md.</summary>
public static class FanOutCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var members = 10_000;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--members" && i + 1 < args.Length && int.TryParse(args[++i], out var n)) members = n;
            else
            {
                Console.Error.WriteLine("usage: fanout [--members N]   (N a multiple of 10; default 10000)");
                return 2;
            }
        }
        Console.WriteLine($"// Fan-out: {members:N0} members, kickoff at 08:00 {FanOutHarness.Zone}, Telegram limits; about {members / 30.0 / 60:N1} min");
        var report = await FanOutHarness.RunAsync(members, Console.Out);
        report.Print(Console.Out);
        return report.Duplicates == 0 && report.Missing == 0 && report.TooManyRequests == 0 ? 0 : 1;
    }
}
