using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoadmapBot.Core.Data;
using RoadmapBot.Telegram.Sending;
using RoadmapBot.Telegram.Updates;
using RoadmapBot.Telegram.Webhook;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace RoadmapBot.Telegram.Polling;

/// <summary>
/// Long polling: updates handled concurrently across chats and in order within one (<see cref="UpdateLanes"/>), each in
/// its own scope; only updates below the lowest one still running are confirmed and stored, and the engine records each
/// handled update with its effect, so one a crash interrupted comes again and one already done is skipped.
/// Errors back off and the loop goes on; a rejected token stops the app with one line.
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
            if (await ConnectAsync(stoppingToken) is not { } me)
                return;
            if (!options.Value.Receives)
            {
                logger.LogInformation("Telegram: receiving is off on this instance (RoadmapBot:Telegram:Updates=off); it only sends");
                return;
            }
            await menu.RegisterAsync(stoppingToken);
            if (options.Value.Webhook)
            {
                await webhook.SetWebhookAsync(Wanted, stoppingToken);
                await webhook.RunAsync(stoppingToken);
                return;
            }
            // Telegram answers getUpdates with 409 while a webhook is set: one left from webhook mode goes first.
            await bot.DeleteWebhook(cancellationToken: stoppingToken);
            await PollAsync(me, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task<User?> ConnectAsync(CancellationToken ct)
    {
        for (var failures = 0; ; failures++)
        {
            try
            {
                var me = await bot.GetMe(ct);
                identity.Set(me.Id, me.Username ?? "");
                logger.LogInformation("Telegram: connected as @{Username}", me.Username);
                connection.Report(new(true, $"connected as @{me.Username}" + (options.Value.Receives ? "" : "; receiving off, sends only")));
                return me;
            }
            catch (Exception e) when (TelegramErrors.IsUnauthorized(e))
            {
                logger.LogError("Telegram rejected the bot token (401 Unauthorized): check RoadmapBot__Telegram__Token. Stopping.");
                Environment.ExitCode = 3;
                // Once started: stopping while the host still starts (Kestrel binding) would cancel its start and crash the process.
                lifetime.ApplicationStarted.Register(lifetime.StopApplication);
                return null;
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                await BackOffAsync(e, failures, "getMe", ct);
            }
        }
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
