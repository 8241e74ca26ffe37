using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoadmapBot.Core.Data;
using Telegram.Bot.Exceptions;

namespace RoadmapBot.Telegram.Polling;

/// <summary>
/// How the receiving side meets failure: transient errors (5xx, 429, the network) back off and the call is tried again; a
/// rejected token, at start or later, stops the app with one line and <see cref="RejectedTokenExitCode"/>, and a start-up
/// call Telegram refuses for good (setWebhook's 400 for a URL it will not post to) with <see cref="RefusedExitCode"/>.
/// </summary>
internal sealed class TelegramStartCalls(
    TelegramConnection connection, IHostApplicationLifetime lifetime, TimeProvider time, IOptions<TelegramOptions> options, ILogger logger)
{
    public const int RejectedTokenExitCode = 3;
    // The host's code for a setting the operator must fix: Telegram refusing one at start is the same thing found later.
    public const int RefusedExitCode = 2;
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    /// <summary>
    /// One Bot API call the start needs, tried until it answers or Telegram refuses it for good: false then, the app
    /// stopping with one line (<paramref name="fix"/> says which setting to look at).
    /// </summary>
    public async Task<bool> StartAsync(string call, Func<CancellationToken, Task> send, string? fix, CancellationToken ct)
    {
        for (var failures = 0; ; failures++)
        {
            try
            {
                await send(ct);
                return true;
            }
            catch (Exception e) when (TelegramErrors.IsUnauthorized(e))
            {
                StopForRejectedToken();
                return false;
            }
            // setWebhook reads the shared secret from the database first: its trouble passes like Telegram's.
            catch (Exception e) when (!ct.IsCancellationRequested && (TelegramErrors.IsTransient(e) || DatabaseTrouble.Is(e)))
            {
                await BackOffAsync(e, failures, call, ct);
            }
            // Any other answer (a 400) is Telegram's final word on a setting; anything not an answer is a bug and fails the host.
            catch (ApiRequestException e) when (!ct.IsCancellationRequested)
            {
                connection.Report(new(false, $"{call} refused: {TelegramErrors.Describe(e, options.Value.Token)}"));
                Stop(RefusedExitCode, $"Telegram refused {call} ({TelegramErrors.Describe(e, options.Value.Token)})" + (fix is null ? "" : $": {fix}") + ". Stopping.");
                return false;
            }
        }
    }

    public void StopForRejectedToken()
    {
        connection.Report(new(false, "the bot token was rejected (401 Unauthorized)"));
        Stop(RejectedTokenExitCode, "Telegram rejected the bot token (401 Unauthorized): check RoadmapBot__Telegram__Token. Stopping.");
    }

    private void Stop(int exitCode, string line)
    {
        logger.LogError("{Line}", line);
        Environment.ExitCode = exitCode;
        // Once started: stopping while the host still starts (Kestrel binding) would cancel its start and crash the process.
        lifetime.ApplicationStarted.Register(lifetime.StopApplication);
    }

    public async Task BackOffAsync(Exception e, int failures, string call, CancellationToken ct)
    {
        var wait = TimeSpan.FromSeconds(Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, failures)));
        connection.Report(new(false, $"{call} failed: {TelegramErrors.Describe(e, options.Value.Token)}"));
        if (TelegramErrors.IsTooManyRequests(e, out var retryAfter))
            wait = retryAfter;
        if (TelegramErrors.IsConflict(e))
            logger.LogError("Telegram 409 Conflict: another process is polling this bot token (or a webhook is set). " +
                "Only one RoadmapBot may run per token; retrying in {Wait:0} s", wait.TotalSeconds);
        else
            logger.LogWarning("Telegram {Call} failed ({Reason}); retrying in {Wait:0} s", call, TelegramErrors.Describe(e, options.Value.Token), wait.TotalSeconds);
        await Task.Delay(wait, time, ct);
    }
}
