using System.Diagnostics;

namespace RoadmapBot.Host.Tests;

/// <summary>Runs the real <c>roadmapbot</c> program from the test output folder, as a user would from a shell.</summary>
internal static class RoadmapBotProcess
{
    public static async Task<(int Code, string Stdout, string Stderr)> RunAsync(IEnumerable<string> args, string? stdin = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet", args.Prepend(Path.Combine(AppContext.BaseDirectory, "roadmapbot.dll")))
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        // A program that never exits fails its test instead of hanging the run.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(240));
        var ct = timeout.Token;
        try
        {
            var stdout = process.StandardOutput.ReadToEndAsync(ct);
            var stderr = process.StandardError.ReadToEndAsync(ct);
            if (stdin is not null) await process.StandardInput.WriteAsync(stdin);
            process.StandardInput.Close();
            await process.WaitForExitAsync(ct);
            return (process.ExitCode, await stdout, await stderr);
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }
}
