using System.Diagnostics;
using System.Text;

namespace RoadmapBot.Host.Tests.Jobs;

/// <summary>Two real <c>roadmapbot run</c> processes on one PostgreSQL: the kickoff is sent by exactly one of them.</summary>
[Collection(nameof(RealProcesses))]
public sealed class TwoNodeRunTests
{
    [Fact(Timeout = 240_000)]
    public async Task TwoRunProcessesOnOnePostgreSql_SendTheKickoffOnce()
    {
        await using var store = await TestStore.CreateAsync(StorageProvider.PostgreSql);
        var seed = await RoadmapBotProcess.RunAsync(["chat", "--clock", "2026-03-30T07:00:00+02:00", $"/import {Seeds.Path("000")}"], null, Environment(store));
        Assert.Equal(0, seed.Code);
        var ct = TestContext.Current.CancellationToken;

        var nodes = new[] { Start(store), Start(store) };
        var outputs = nodes.Select(_ => new StringBuilder()).ToArray();
        var firstSent = new TaskCompletionSource();
        try
        {
            var readers = nodes.Select((p, i) => ReadAsync(p, outputs[i], firstSent, ct)).ToArray();
            await firstSent.Task.WaitAsync(ct);
            // A clean stop of both (SIGTERM): a tick in flight on either finishes and prints before its process exits.
            foreach (var node in nodes) Process.Start("kill", ["-TERM", node.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]).WaitForExit();
            await Task.WhenAll(readers).WaitAsync(ct);
        }
        finally
        {
            foreach (var node in nodes) node.Kill(entireProcessTree: true);
        }

        await using var db = store.Open();
        Assert.Equal(1, db.Outbox.Count(o => o.Kind == Core.Scheduling.ReminderKind.Kickoff && o.State == Core.Data.OutboxState.Sent));
        var sent = outputs.SelectMany(o => o.ToString().Split('\n')).Where(l => l.StartsWith("SENT kind=kickoff", StringComparison.Ordinal)).ToList();
        Assert.Equal(["SENT kind=kickoff member=me space=me occurrence=2026-03-30T08:00+02:00 late=no"], sent);
    }

    private static Dictionary<string, string> Environment(TestStore store) => new()
    {
        ["RoadmapBot__PostgreSql"] = store.PostgreSql!,
        ["RoadmapBot__Database"] = store.SqlitePath,
        ["RoadmapBot__DefaultTimeZone"] = "Europe/Berlin",
    };

    private static Process Start(TestStore store)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "roadmapbot.dll"), "run", "--clock", "2026-03-30T07:59:50+02:00"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var (key, value) in Environment(store)) start.Environment[key] = value;
        var process = Process.Start(start)!;
        process.StandardInput.Close();
        return process;
    }

    private static async Task ReadAsync(Process process, StringBuilder output, TaskCompletionSource firstSent, CancellationToken ct)
    {
        _ = process.StandardError.ReadToEndAsync(ct);
        while (await process.StandardOutput.ReadLineAsync(ct) is { } line)
        {
            output.AppendLine(line);
            if (line.StartsWith("SENT ", StringComparison.Ordinal)) firstSent.TrySetResult();
        }
    }
}
