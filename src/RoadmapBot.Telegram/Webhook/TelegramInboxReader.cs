using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoadmapBot.Core.Data;
using RoadmapBot.Telegram.Updates;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace RoadmapBot.Telegram.Webhook;

/// <summary>
/// Webhook mode: registers the webhook with Telegram, then claims updates from the shared inbox and hands each to the
/// same handler long polling uses, up to <see cref="MaxInFlight"/> at once; the inbox hands out a chat's next update only
/// after its earlier one is handled, and a row claimed by an instance that died comes back after its lease.
/// </summary>
public sealed class TelegramInboxReader(
    ITelegramBotClient bot,
    UpdateInbox inbox,
    InboxSignal signal,
    IServiceScopeFactory scopes,
    TimeProvider time,
    IOptions<TelegramOptions> options,
    WebhookSecret secret,
    DatabaseTrouble trouble,
    ILogger<TelegramInboxReader> logger)
{
    // Also how soon an expired lease of another instance is noticed when nothing new arrives here.
    private static readonly TimeSpan Look = TimeSpan.FromSeconds(5);
    private const int MaxConnections = 40;
    public const int MaxInFlight = 16;
    private readonly string _instance = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    public async Task SetWebhookAsync(IEnumerable<UpdateType> wanted, CancellationToken ct)
    {
        var o = options.Value;
        await bot.SetWebhook(o.WebhookUrl!, maxConnections: MaxConnections, allowedUpdates: wanted, secretToken: await secret.GetAsync(ct), cancellationToken: ct);
        logger.LogInformation("Telegram: webhook set to {Url}; updates arrive on {Path}", o.WebhookUrl, TelegramWebhookEndpoint.Path);
    }

    public async Task RunAsync(CancellationToken ct)
    {
        var prefix = TelegramWebhookEndpoint.KeyPrefix(options.Value.BotId);
        var running = new List<Task>();
        try
        {
            while (true)
            {
                ct.ThrowIfCancellationRequested();
                running.RemoveAll(t => t.IsCompleted);
                // Taken before looking: an update stored while we look still wakes the next wait.
                var woken = signal.Next;
                if (running.Count < MaxInFlight && await ClaimAsync(prefix, ct) is { } entry)
                {
                    running.Add(HandleAsync(entry, ct));
                    continue;
                }
                // A finished update may free its chat's next one, so that wakes us too.
                await Task.WhenAny([woken, Task.Delay(Look, time, ct), .. running]);
            }
        }
        finally
        {
            await Task.WhenAll(running).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task<InboxEntry?> ClaimAsync(string prefix, CancellationToken ct)
    {
        try
        {
            return await inbox.ClaimAsync(prefix, _instance, ct);
        }
        catch (Exception e) when (DatabaseTrouble.Is(e))
        {
            trouble.Report(e, "reading the Telegram inbox");
            return null;
        }
    }

    private async Task HandleAsync(InboxEntry entry, CancellationToken ct)
    {
        // Off the claiming loop at once: the next claim must not wait for this update's command.
        await Task.Yield();
        try
        {
            if (Parse(entry) is { } update)
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<TelegramUpdateHandler>().HandleAsync(update, ct);
            }
            await inbox.CompleteAsync(entry.Key, ct);
        }
        catch (Exception e) when (DatabaseTrouble.Is(e))
        {
            // Not marked handled: after its lease this or another instance tries again, and the handled record keeps it once.
            trouble.Report(e, "handling a Telegram update from the inbox");
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            logger.LogError(e, "Telegram: inbox row {Key} failed; it is tried again after its lease", entry.Key);
        }
    }

    private Update? Parse(InboxEntry entry)
    {
        try
        {
            return JsonSerializer.Deserialize<Update>(entry.Payload, JsonBotAPI.Options);
        }
        catch (JsonException e)
        {
            logger.LogWarning("Telegram: inbox row {Key} is not an update ({Reason}); dropped", entry.Key, e.Message);
            return null;
        }
    }
}
