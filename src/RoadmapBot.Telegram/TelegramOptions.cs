using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.Extensions.Options;

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

    /// <summary>The public HTTPS URL Telegram POSTs to, ending in /telegram/webhook (a reverse proxy forwards it here).</summary>
    [Url]
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
        if (Webhook && string.IsNullOrWhiteSpace(WebhookUrl))
            yield return new ValidationResult("RoadmapBot:Telegram:Updates=webhook needs RoadmapBot:Telegram:WebhookUrl, the public HTTPS URL Telegram posts to.");
    }
}

[OptionsValidator]
public sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>;
