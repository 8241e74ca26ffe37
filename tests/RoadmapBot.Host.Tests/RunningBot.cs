using System.Diagnostics;
using System.Globalization;

namespace RoadmapBot.Host.Tests;

/// <summary>A long-running <c>roadmapbot</c> process: its output lines collected as they come, waited for by content.</summary>
internal sealed class RunningBot : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Lock _gate = new();
    private readonly List<string> _lines = [];
    private readonly List<(Func<string, bool> Match, TaskCompletionSource<string> Found)> _waits = [];
    private readonly Task _reading;

    private RunningBot(Process process)
    {
        _process = process;
        _reading = Task.WhenAll(ReadAsync(process.StandardOutput, "out"), ReadAsync(process.StandardError, "err"));
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Every line so far, stdout's prefixed "out: " and stderr's "err: ".</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_gate) return [.. _lines];
        }
    }

    public IEnumerable<string> Stderr => Lines.Where(l => l.StartsWith("err: ", StringComparison.Ordinal)).Select(l => l[5..]);

    public static RunningBot Start(IEnumerable<string> args, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet", args.Prepend(Path.Combine(AppContext.BaseDirectory, "roadmapbot.dll")))
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var (key, value) in environment) start.Environment[key] = value;
        return new RunningBot(Process.Start(start)!);
    }

    /// <summary>The first line (past or future) that <paramref name="match"/> accepts, without its "out: "/"err: " prefix.</summary>
    public Task<string> WaitForLineAsync(Func<string, bool> match, CancellationToken ct)
    {
        var found = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_lines.Select(l => l[5..]).FirstOrDefault(match) is { } line) return Task.FromResult(line);
            _waits.Add((match, found));
        }
        return found.Task.WaitAsync(ct);
    }

    public Task WriteLineAsync(string line) => _process.StandardInput.WriteLineAsync(line);

    /// <summary>SIGTERM, as an orchestrator stops a container; returns the exit code.</summary>
    public async Task<int> StopAsync(CancellationToken ct)
    {
        Process.Start("kill", ["-TERM", Id.ToString(CultureInfo.InvariantCulture)]).WaitForExit();
        await _process.WaitForExitAsync(ct);
        await _reading.WaitAsync(ct);
        return _process.ExitCode;
    }

    public void Kill() => _process.Kill(entireProcessTree: true);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private async Task ReadAsync(StreamReader reader, string stream)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            lock (_gate)
            {
                _lines.Add($"{stream}: {line}");
                foreach (var wait in _waits.Where(w => w.Match(line)).ToList())
                {
                    wait.Found.TrySetResult(line);
                    _waits.Remove(wait);
                }
            }
        }
        lock (_gate)
            foreach (var wait in _waits) wait.Found.TrySetException(new InvalidOperationException($"the bot's {stream} ended first:\n{string.Join('\n', _lines)}"));
    }
}
