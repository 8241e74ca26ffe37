using System.Diagnostics;
using System.Text;

namespace RoadmapBot.Benchmarks.Startup;

/// <summary>One started program: how long it took to be ready (a text on its output, an HTTP 200, or its exit) and its working set.</summary>
internal sealed class Probe : IAsyncDisposable
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(2) };
    private readonly Process _process;
    private readonly long _started;
    private readonly StringBuilder _output = new();
    private readonly Task _pump;

    private Probe(Process process, long started)
    {
        (_process, _started) = (process, started);
        _pump = PumpAsync();
        _ = _process.StandardError.ReadToEndAsync();
    }

    public static Probe Start(string dll, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, string workingDirectory)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        info.ArgumentList.Add(dll);
        foreach (var argument in arguments)
            info.ArgumentList.Add(argument);
        foreach (var (name, value) in environment)
            info.Environment[name] = value;
        var started = Stopwatch.GetTimestamp();
        return new Probe(Process.Start(info)!, started);
    }

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    /// <summary>Time from start until <paramref name="text"/> appears on standard output (a prompt has no newline: read as it comes).</summary>
    public async Task<TimeSpan> UntilOutputAsync(string text, TimeSpan timeout) =>
        await UntilAsync(() => Task.FromResult(Output.Contains(text, StringComparison.Ordinal)), $"'{text}' on its output", timeout);

    /// <summary>Time from start until <paramref name="url"/> answers 200.</summary>
    public async Task<TimeSpan> UntilOkAsync(string url, TimeSpan timeout) => await UntilAsync(async () =>
    {
        try
        {
            using var response = await Http.GetAsync(url);
            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;  // not listening yet, or too slow to answer under load: asked again
        }
    }, $"200 from {url}", timeout);

    /// <summary>Time from start until the process ended, which must be with exit code 0.</summary>
    public async Task<TimeSpan> UntilExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        var elapsed = Stopwatch.GetElapsedTime(_started);
        await _pump;
        return _process.ExitCode == 0 ? elapsed : throw new InvalidOperationException($"Exit code {_process.ExitCode}:\n{Output}");
    }

    /// <summary>Resident memory now (VmRSS), in bytes.</summary>
    public long WorkingSet()
    {
        _process.Refresh();
        return _process.WorkingSet64;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private async Task<TimeSpan> UntilAsync(Func<Task<bool>> ready, string what, TimeSpan timeout)
    {
        while (!await ready())
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"It exited ({_process.ExitCode}) before {what}:\n{Output}");
            if (Stopwatch.GetElapsedTime(_started) > timeout)
                throw new TimeoutException($"No {what} within {timeout.TotalSeconds} s:\n{Output}");
            await Task.Delay(10);
        }
        return Stopwatch.GetElapsedTime(_started);
    }

    private async Task PumpAsync()
    {
        var buffer = new char[4096];
        int read;
        while ((read = await _process.StandardOutput.ReadAsync(buffer)) > 0)
            lock (_output) _output.Append(buffer, 0, read);
    }
}
