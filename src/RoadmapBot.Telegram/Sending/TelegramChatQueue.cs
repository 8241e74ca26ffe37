using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace RoadmapBot.Telegram.Sending;

/// <summary>
/// Replies go out per chat, in order, off the polling loop: a chat waiting out a 429 delays only itself.
/// <see cref="DrainAsync"/> lets what is queued finish at shutdown. A new message that got no answer is in doubt: logged, never sent twice.
/// </summary>
public sealed class TelegramChatQueue(TelegramRetry retry, IOptions<TelegramOptions> options, ILogger<TelegramChatQueue> logger) : IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, Task> _tails = [];
    private readonly CancellationTokenSource _stopping = new();

    /// <param name="repeatable">False for a call that makes a new message: tried again only when Telegram surely did not take it.</param>
    public Task Enqueue(long chatId, string what, Func<CancellationToken, Task> send, bool repeatable = true)
    {
        lock (_gate)
        {
            var tail = _tails.GetValueOrDefault(chatId, Task.CompletedTask);
            var next = RunAfterAsync(tail, chatId, what, send, repeatable);
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

    private async Task RunAfterAsync(Task tail, long chatId, string what, Func<CancellationToken, Task> send, bool repeatable)
    {
        await tail.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        try
        {
            await retry.RunAsync(send, what, _stopping.Token, repeatable);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
        }
        catch (Exception e) when (!repeatable && TelegramErrors.IsInDoubt(e))
        {
            logger.LogWarning("IN DOUBT Telegram {What} to chat {Chat}: no answer ({Reason}); it may have arrived, so it is not sent again",
                what, chatId, TelegramErrors.Describe(e, options.Value.Token));
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
