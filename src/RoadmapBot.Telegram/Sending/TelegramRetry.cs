using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Diagnostics;

namespace RoadmapBot.Telegram.Sending;

/// <summary>
/// Runs one Bot API call again after a 429 (waiting its retry-after), a 5xx or a network failure; other errors go to the caller.
/// A call that is not <c>repeatable</c> (a new message) is not run again when it may have reached Telegram (<see cref="TelegramErrors.IsInDoubt"/>).
/// </summary>
public sealed class TelegramRetry(TimeProvider time, IOptions<TelegramOptions> options, ILogger<TelegramRetry> logger, BotMetrics? metrics = null)
{
    public const int MaxAttempts = 6;
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> call, string what, CancellationToken ct, bool repeatable = true)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call(ct);
            }
            catch (Exception e) when (attempt < MaxAttempts && !ct.IsCancellationRequested && TelegramErrors.IsTransient(e)
                                      && (repeatable || !TelegramErrors.IsInDoubt(e)))
            {
                var tooMany = TelegramErrors.IsTooManyRequests(e, out var retryAfter);
                if (tooMany) metrics?.PlatformRateLimited(ChatPlatform.Telegram);
                var wait = tooMany ? retryAfter : TimeSpan.FromSeconds(Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, attempt - 1)));
                logger.LogWarning("Telegram {What} failed ({Reason}); retrying in {Wait:0.#} s", what,
                    TelegramErrors.Describe(e, options.Value.Token), wait.TotalSeconds);
                await Task.Delay(wait, time, ct);
            }
        }
    }

    public Task RunAsync(Func<CancellationToken, Task> call, string what, CancellationToken ct, bool repeatable = true) =>
        RunAsync(async c => { await call(c); return true; }, what, ct, repeatable);
}
