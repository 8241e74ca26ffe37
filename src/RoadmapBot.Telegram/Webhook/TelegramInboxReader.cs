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
/// Webhook mode: registers the webhook with Telegram, then claims updates from the shared inbox one at a time and hands
/// each to the same handler long polling uses; a row claimed by an instance that died comes back after its lease.
/// </summary>
public sealed class TelegramInboxReader(
    ITelegramBotClient bot,
    UpdateInbox inbox,
    InboxSignal signal,
    IServiceScopeFactory scopes,
    TimeProvider time,
    IOptions<TelegramOptions> options,
    DatabaseTrouble trouble,
    ILogger<TelegramInboxReader> logger)
{
    // Also how soon an expired lease of another instance is noticed when nothing new arrives here.
    private static readonly TimeSpan Look = TimeSpan.FromSeconds(5);
    private const int MaxConnections = 40;
    private readonly string _instance = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    public async Task SetWebhookAsync(IEnumerable<UpdateType> wanted, CancellationToken ct)
    {
        var o = options.Value;
        await bot.SetWebhook(o.WebhookUrl!, maxConnections: MaxConnections, allowedUpdates: wanted, secretToken: o.WebhookSecret, cancellationToken: ct);
        logger.LogInformation("Telegram: webhook set to {Url}; updates arrive on {Path}", o.WebhookUrl, TelegramWebhookEndpoint.Path);
    }

    public async Task RunAsync(CancellationToken ct)
    {
        var prefix = TelegramWebhookEndpoint.KeyPrefix(options.Value.BotId);
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            // Taken before looking: an update stored while we look still wakes the next wait.
            var woken = signal.Next;
            if (await ClaimAsync(prefix, ct) is { } entry)
                await HandleAsync(entry, ct);
            else
                await Task.WhenAny(woken, Task.Delay(Look, time, ct));
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
        Update? update = null;
        try
        {
            update = JsonSerializer.Deserialize<Update>(entry.Payload, JsonBotAPI.Options);
        }
        catch (JsonException e)
        {
            logger.LogWarning("Telegram: inbox row {Key} is not an update ({Reason}); dropped", entry.Key, e.Message);
        }
        if (update is not null)
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<TelegramUpdateHandler>().HandleAsync(update, ct);
        }
        await inbox.CompleteAsync(entry.Key, ct);
    }
}
