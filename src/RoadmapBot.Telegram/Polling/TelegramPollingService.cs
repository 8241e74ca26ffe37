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
/// handled update with its effect, so one a crash interrupted comes again and one already done is skipped. Failures
/// (back-off, a rejected token, a refused start-up call) are met as <see cref="TelegramStartCalls"/> says.
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
    public const int RejectedTokenExitCode = TelegramStartCalls.RejectedTokenExitCode;
    public const int RefusedExitCode = TelegramStartCalls.RefusedExitCode;
    private readonly TelegramStartCalls _calls = new(connection, lifetime, time, options, logger);
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
            if (!await _calls.StartAsync("getMe", async ct => me = await bot.GetMe(ct), "check RoadmapBot__Telegram__ApiBaseUrl", stoppingToken) || me is null)
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
                if (!await _calls.StartAsync("setWebhook", ct => webhook.SetWebhookAsync(Wanted, ct), "check RoadmapBot__Telegram__WebhookUrl", stoppingToken))
                    return;
                await webhook.RunAsync(stoppingToken);
                return;
            }
            // Telegram answers getUpdates with 409 while a webhook is set: one left from webhook mode goes first.
            if (!await _calls.StartAsync("deleteWebhook", ct => bot.DeleteWebhook(cancellationToken: ct), null, stoppingToken))
                return;
            await PollAsync(me, stoppingToken);
        }
        // Stopping cancels the call in flight, which the client may report as a failed request rather than a cancellation.
        catch (Exception) when (stoppingToken.IsCancellationRequested)
        {
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
            catch (Exception e) when (TelegramErrors.IsUnauthorized(e))
            {
                // Revoked in BotFather while running: no retry brings it back, so the same line and exit code as at start.
                _calls.StopForRejectedToken();
                return;
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                await _calls.BackOffAsync(e, failures++, "getUpdates", ct);
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
                await _calls.BackOffAsync(e, failures, "loading the update cursor", ct);
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
}
