using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoadmapBot.Core.Data;
using RoadmapBot.Telegram.Sending;
using RoadmapBot.Telegram.Updates;
using RoadmapBot.Telegram.Webhook;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace RoadmapBot.Telegram.Polling;

/// <summary>
/// Long polling: updates handled concurrently across chats and in order within one (<see cref="UpdateLanes"/>), each in
/// its own scope; only updates below the lowest one still running are confirmed and stored, and the engine records each
/// handled update with its effect, so one a crash interrupted comes again and one already done is skipped.
/// Transient errors (5xx, 429, the network) back off and the call is tried again; a rejected token, at start or later,
/// stops the app with one line and <see cref="RejectedTokenExitCode"/>, and a start-up call Telegram refuses for good
/// (setWebhook's 400 for a URL it will not post to) with <see cref="RefusedExitCode"/>.
/// </summary>
public sealed class TelegramPollingService(
    ITelegramBotClient bot,
    TelegramIdentity identity,
    UpdateCursor cursor,
    CommandMenu menu,
    TelegramChatQueue queue,
    TelegramConnection connection,
    TelegramInboxReader webhook,
    IServiceScopeFactory scopes,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    IOptions<TelegramOptions> options,
    DatabaseTrouble trouble,
    ILogger<TelegramPollingService> logger) : BackgroundService
{
    // chat_member (someone promoted or demoted) comes only when asked for, and only while the bot is a group admin.
    internal static readonly UpdateType[] Wanted = [UpdateType.Message, UpdateType.CallbackQuery, UpdateType.MyChatMember, UpdateType.ChatMember];
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);
    public const int RejectedTokenExitCode = 3;
    // The host's code for a setting the operator must fix: Telegram refusing one at start is the same thing found later.
    public const int RefusedExitCode = 2;
    private UpdateLanes? _lanes;

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_lanes is { } lanes) await lanes.DrainAsync().ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await queue.DrainAsync(TimeSpan.FromSeconds(5));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            User? me = null;
            if (!await StartCallAsync("getMe", async ct => me = await bot.GetMe(ct), "check RoadmapBot__Telegram__ApiBaseUrl", stoppingToken) || me is null)
                return;
            identity.Set(me.Id, me.Username ?? "");
            logger.LogInformation("Telegram: connected as @{Username}", me.Username);
            connection.Report(new(true, $"connected as @{me.Username}" + (options.Value.Receives ? "" : "; receiving off, sends only")));
            if (!options.Value.Receives)
            {
                logger.LogInformation("Telegram: receiving is off on this instance (RoadmapBot:Telegram:Updates=off); it only sends");
                return;
            }
            await menu.RegisterAsync(stoppingToken);
            if (options.Value.Webhook)
            {
                if (!await StartCallAsync("setWebhook", ct => webhook.SetWebhookAsync(Wanted, ct), "check RoadmapBot__Telegram__WebhookUrl", stoppingToken))
                    return;
                await webhook.RunAsync(stoppingToken);
                return;
            }
            // Telegram answers getUpdates with 409 while a webhook is set: one left from webhook mode goes first.
            if (!await StartCallAsync("deleteWebhook", ct => bot.DeleteWebhook(cancellationToken: ct), null, stoppingToken))
                return;
            await PollAsync(me, stoppingToken);
        }
        // Stopping cancels the call in flight, which the client may report as a failed request rather than a cancellation.
        catch (Exception) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>
    /// One Bot API call the start needs, tried until it answers or Telegram refuses it for good: false then, the app
    /// stopping with one line (<paramref name="fix"/> says which setting to look at).
    /// </summary>
    private async Task<bool> StartCallAsync(string call, Func<CancellationToken, Task> send, string? fix, CancellationToken ct)
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

    private void StopForRejectedToken()
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

    private async Task PollAsync(User me, CancellationToken ct)
    {
        var lanes = _lanes = new UpdateLanes(await LoadCursorAsync(me.Id, ct));
        var failures = 0;
        while (!ct.IsCancellationRequested)
        {
            Update[] updates;
            try
            {
                updates = await bot.GetUpdates(offset: (int)(lanes.Watermark + 1), limit: 100, timeout: options.Value.PollTimeoutSeconds,
                    allowedUpdates: Wanted, cancellationToken: ct);
                if (failures > 0) connection.Report(new(true, $"connected as @{me.Username}, polling"));
                failures = 0;
            }
            catch (Exception e) when (TelegramErrors.IsUnauthorized(e))
            {
                // Revoked in BotFather while running: no retry brings it back, so the same line and exit code as at start.
                StopForRejectedToken();
                return;
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                await BackOffAsync(e, failures++, "getUpdates", ct);
                continue;
            }
            var fresh = updates.Where(lanes.IsNew).OrderBy(u => u.Id).ToList();
            foreach (var update in fresh)
                await lanes.StartAsync(update, u => HandleAsync(u, ct), mark => SaveCursorAsync(me.Id, mark), ct);
            // Only updates still running came back (they stay unconfirmed): wait for one to finish rather than ask again at once.
            if (fresh.Count == 0 && updates.Length > 0)
                await Task.WhenAny(lanes.AnyFinished, Task.Delay(TimeSpan.FromSeconds(1), time, ct));
        }
    }

    private async Task<long> LoadCursorAsync(long botId, CancellationToken ct)
    {
        for (var failures = 0; ; failures++)
        {
            try
            {
                return await cursor.LoadAsync(botId, ct);
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                await BackOffAsync(e, failures, "loading the update cursor", ct);
            }
        }
    }

    // A cursor not stored now is stored with the next update; the handled-update records keep a restart from repeating any.
    private async Task SaveCursorAsync(long botId, long mark)
    {
        try
        {
            await cursor.SaveAsync(botId, mark, CancellationToken.None);
        }
        catch (Exception e) when (DatabaseTrouble.Is(e))
        {
            trouble.Report(e, "storing the Telegram update cursor");
        }
        catch (Exception e)
        {
            logger.LogWarning("Telegram: could not store the update cursor ({Reason})", e.Message);
        }
    }

    private async Task HandleAsync(Update update, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TelegramUpdateHandler>().HandleAsync(update, ct);
    }

    private async Task BackOffAsync(Exception e, int failures, string call, CancellationToken ct)
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
