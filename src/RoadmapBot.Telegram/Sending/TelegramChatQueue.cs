using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace RoadmapBot.Telegram.Sending;

/// <summary>
/// Replies go out per chat, in order, off the polling loop: a chat waiting out a 429 delays only itself.
/// <see cref="DrainAsync"/> lets what is queued finish at shutdown.
/// </summary>
public sealed class TelegramChatQueue(TelegramRetry retry, IOptions<TelegramOptions> options, ILogger<TelegramChatQueue> logger) : IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, Task> _tails = [];
    private readonly CancellationTokenSource _stopping = new();

    public Task Enqueue(long chatId, string what, Func<CancellationToken, Task> send)
    {
        lock (_gate)
        {
            var tail = _tails.GetValueOrDefault(chatId, Task.CompletedTask);
            var next = RunAfterAsync(tail, what, send);
            _tails[chatId] = next;
            _ = next.ContinueWith(_ => Forget(chatId, next), TaskScheduler.Default);
            return next;
        }
    }

    public async Task DrainAsync(TimeSpan timeout)
    {
        Task all;
        lock (_gate) all = Task.WhenAll(_tails.Values);
        if (await Task.WhenAny(all, Task.Delay(timeout)) != all)
        {
            logger.LogWarning("Telegram: some replies were still queued at shutdown");
            await _stopping.CancelAsync();
        }
    }

    public void Dispose() => _stopping.Dispose();

    private async Task RunAfterAsync(Task tail, string what, Func<CancellationToken, Task> send)
    {
        await tail.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        try
        {
            await retry.RunAsync(send, what, _stopping.Token);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            logger.LogWarning("Telegram {What} was not delivered: {Reason}", what, TelegramErrors.Describe(e, options.Value.Token));
        }
    }

    private void Forget(long chatId, Task finished)
    {
        lock (_gate)
        {
            if (_tails.TryGetValue(chatId, out var tail) && tail == finished) _tails.Remove(chatId);
        }
    }
}
