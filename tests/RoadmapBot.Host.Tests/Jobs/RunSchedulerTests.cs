using System.Diagnostics;
using System.Text;

namespace RoadmapBot.Host.Tests.Jobs;

/// <summary>The real bot in console mode: its kickoff appears at the configured local time, under a SENT header.</summary>
[Collection(nameof(RealProcesses))]
public sealed class RunSchedulerTests
{
    [Fact(Timeout = 240_000)]
    public async Task Run_PrintsTheKickoffAtItsTimeAndKeepsRunningWhenInputEnds()
    {
        using var db = new TempDatabase();
        // 30 s before the kickoff: the first-run import must make the member before 08:00, or today's kickoff predates them.
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "roadmapbot.dll"), "run", "--clock", "2026-03-30T07:59:30+02:00"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
            Environment = { ["RoadmapBot__Database"] = db.Path, ["RoadmapBot__DefaultTimeZone"] = "Europe/Berlin" },
        };
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = new StringBuilder();
        var ct = TestContext.Current.CancellationToken;
        try
        {
            while (await process.StandardOutput.ReadLineAsync(ct) is { } line)
            {
                output.AppendLine(line);
                if (line.StartsWith("SENT ", StringComparison.Ordinal)) break;
            }
            Assert.False(process.HasExited, "the bot must keep running after its input ends");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
        }

        Assert.Contains("SENT kind=kickoff member=me space=me occurrence=2026-03-30T08:00+02:00 late=no", output.ToString());
    }
}
