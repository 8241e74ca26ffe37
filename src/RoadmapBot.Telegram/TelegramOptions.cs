using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.Extensions.Options;
using RoadmapBot.Telegram.Webhook;

namespace RoadmapBot.Telegram;

/// <summary>The "RoadmapBot:Telegram" configuration section. A token turns the Telegram adapter on.</summary>
public sealed class TelegramOptions : IValidatableObject
{
    public const string Section = "RoadmapBot:Telegram";

    /// <summary>The token from @BotFather, "123456:ABC…". Never logged.</summary>
    [Required]
    [RegularExpression(@"^\d+:[A-Za-z0-9_-]+$", ErrorMessage = "RoadmapBot:Telegram:Token does not look like a bot token (digits, a colon, then letters, digits, _ or -).")]
    public string Token { get; set; } = "";

    /// <summary>A self-hosted Bot API server (or a test fake); null means https://api.telegram.org.</summary>
    [Url]
    public string? ApiBaseUrl { get; set; }

    /// <summary>How long one getUpdates call waits for news before answering empty.</summary>
    [Range(0, 50)]
    public int PollTimeoutSeconds { get; set; } = 30;

    /// <summary>
    /// "poll" receives by long polling (and deletes any webhook); "webhook" has Telegram POST updates to
    /// <see cref="WebhookUrl"/>, any number of instances behind it; "off" only sends (replies, reminders).
    /// </summary>
    [RegularExpression("^(poll|webhook|off)$", ErrorMessage = "RoadmapBot:Telegram:Updates must be poll, webhook or off.")]
    public string Updates { get; set; } = "poll";

    /// <summary>The public HTTPS URL Telegram POSTs to, ending in /telegram/webhook (a reverse proxy forwards it here); checked in Validate.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>
    /// Sent back by Telegram in X-Telegram-Bot-Api-Secret-Token; a request without it is refused. Unset, one is made once in
    /// the shared database for every instance. Never logged.
    /// </summary>
    [RegularExpression("^[A-Za-z0-9_-]{1,256}$", ErrorMessage = "RoadmapBot:Telegram:WebhookSecret must be 1-256 of A-Z a-z 0-9 _ -.")]
    public string? WebhookSecret { get; set; }

    public bool Receives => Updates is "poll" or "webhook";

    public bool Webhook => Updates == "webhook";

    /// <summary>The bot's id is the token's number: known before getMe answers, so a webhook can store updates at once.</summary>
    public long BotId => long.Parse(Token.AsSpan(0, Math.Max(0, Token.IndexOf(':'))), CultureInfo.InvariantCulture);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Webhook) yield break;
        if (string.IsNullOrWhiteSpace(WebhookUrl))
            yield return new ValidationResult("RoadmapBot:Telegram:Updates=webhook needs RoadmapBot:Telegram:WebhookUrl, the public HTTPS URL Telegram posts to.");
        else
            foreach (var problem in WebhookUrlProblems(WebhookUrl, ownServer: !string.IsNullOrWhiteSpace(ApiBaseUrl)))
                yield return new ValidationResult($"RoadmapBot:Telegram:WebhookUrl '{WebhookUrl}' {problem}.", [nameof(WebhookUrl)]);
    }

    /// <summary>Why Telegram would refuse the URL, or the proxy could not forward it to the endpoint; none when it serves.</summary>
    public static IEnumerable<string> WebhookUrlProblems(string url, bool ownServer)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            yield return $"is not an absolute URL such as https://bot.example.org{TelegramWebhookEndpoint.Path}";
            yield break;
        }
        if (uri.Scheme != Uri.UriSchemeHttps)
            yield return "must be an https:// URL (Telegram posts only over HTTPS; TLS belongs to the proxy in front)";
        if (!uri.AbsolutePath.EndsWith(TelegramWebhookEndpoint.Path, StringComparison.Ordinal))
            yield return $"must end in {TelegramWebhookEndpoint.Path}, the path the proxy forwards to each instance";
        // Telegram's own servers post only to these ports; a self-hosted Bot API server in --local mode posts to any.
        if (!ownServer && uri.Port is not (443 or 80 or 88 or 8443))
            yield return "must use port 443, 80, 88 or 8443, the only ones Telegram posts to";
    }
}

[OptionsValidator]
public sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>;
