using System.Net;
using System.Net.Sockets;
using System.Text;

namespace RoadmapBot.Benchmarks.FanOut.Faults;

/// <summary>
/// The platform of the fault run, in the parent process so it outlives every killed sender: an HTTP endpoint on
/// 127.0.0.1 that records every message it receives, in order, and removes no repeats.
/// </summary>
public sealed class FaultPlatform : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Lock _gate = new();
    private readonly List<Received> _received = [];
    private readonly Task _serving;

    public FaultPlatform()
    {
        Url = $"http://127.0.0.1:{FreePort()}/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _serving = ServeAsync();
    }

    public string Url { get; }

    public int Count
    {
        get { lock (_gate) return _received.Count; }
    }

    public IReadOnlyList<Received> Snapshot()
    {
        lock (_gate) return [.. _received];
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            _ = AnswerAsync(context);
        }
    }

    // Recorded the moment the body is read: what the sender learns afterwards (or never, when killed) changes nothing here.
    private async Task AnswerAsync(HttpListenerContext context)
    {
        try
        {
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var lines = (await reader.ReadToEndAsync()).Split('\n');
            lock (_gate) _received.Add(new Received(lines[0], lines[1], DateTimeOffset.UtcNow));
            context.Response.StatusCode = 200;
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or IOException or IndexOutOfRangeException)
        {
            // The sender died mid-request: whatever arrived whole was recorded above.
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        await _serving;
        _listener.Close();
    }

    public sealed record Received(string Chat, string Key, DateTimeOffset At);
}
