using System.Globalization;
using Microsoft.Extensions.Options;
using RoadmapBot.Core.Data;

namespace RoadmapBot.Telegram.Webhook;

/// <summary>
/// The secret Telegram sends back with every webhook request: RoadmapBot:Telegram:WebhookSecret when set, otherwise one
/// made once in the shared database, so every instance behind the load balancer sets and checks the same.
/// </summary>
public sealed class WebhookSecret(IOptions<TelegramOptions> options, SharedSecrets secrets)
{
    private string? _value;

    public async Task<string> GetAsync(CancellationToken ct)
    {
        if (_value is { } known) return known;
        var configured = options.Value.WebhookSecret;
        return _value = string.IsNullOrWhiteSpace(configured)
            ? await secrets.GetOrCreateAsync(string.Create(CultureInfo.InvariantCulture, $"telegram:{options.Value.BotId}:webhook-secret"), ct)
            : configured;
    }
}
