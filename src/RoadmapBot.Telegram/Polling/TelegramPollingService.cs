using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoadmapBot.Telegram.Sending;
using RoadmapBot.Telegram.Updates;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace RoadmapBot.Telegram.Polling;

/// <summary>
/// Long polling: getUpdates from just after the stored update id, each update handled in its own scope and then recorded,
/// so a restart re-handles nothing. Errors back off and the loop goes on; a rejected token stops the app with one line.
/// </summary>
public sealed class TelegramPollingService(
    ITelegramBotClient bot,
    TelegramIdentity identity,
    UpdateCursor cursor,
    CommandMenu menu,
    TelegramChatQueue queue,
    IServiceScopeFactory scopes,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    IOptions<TelegramOptions> options,
    ILogger<TelegramPollingService> logger) : BackgroundService
{
    private static readonly UpdateType[] Wanted = [UpdateType.Message, UpdateType.CallbackQuery, UpdateType.MyChatMember];
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
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
                return me;
            }
            catch (Exception e) when (TelegramErrors.IsUnauthorized(e))
            {
                logger.LogError("Telegram rejected the bot token (401 Unauthorized): check RoadmapBot__Telegram__Token. Stopping.");
                Environment.ExitCode = 3;
                lifetime.StopApplication();
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
        var last = await cursor.LoadAsync(me.Id, ct);
        var failures = 0;
        while (!ct.IsCancellationRequested)
        {
            Update[] updates;
            try
            {
                updates = await bot.GetUpdates(offset: (int)(last + 1), limit: 100, timeout: options.Value.PollTimeoutSeconds,
                    allowedUpdates: Wanted, cancellationToken: ct);
                failures = 0;
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                await BackOffAsync(e, failures++, "getUpdates", ct);
                continue;
            }
            foreach (var update in updates.Where(u => u.Id > last).OrderBy(u => u.Id))
            {
                await using (var scope = scopes.CreateAsyncScope())
                    await scope.ServiceProvider.GetRequiredService<TelegramUpdateHandler>().HandleAsync(update, ct);
                last = update.Id;
                await cursor.SaveAsync(me.Id, last, CancellationToken.None);
            }
        }
    }

    private async Task BackOffAsync(Exception e, int failures, string call, CancellationToken ct)
    {
        var wait = TimeSpan.FromSeconds(Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, failures)));
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
