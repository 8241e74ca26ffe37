using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace RoadmapBot.Telegram;

/// <summary>The "RoadmapBot:Telegram" configuration section. A token turns the Telegram adapter on.</summary>
public sealed class TelegramOptions
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

    /// <summary>"poll" receives by long polling; "off" only sends (replies, reminders): Telegram allows one poller per token.</summary>
    [RegularExpression("^(poll|off)$", ErrorMessage = "RoadmapBot:Telegram:Updates must be poll or off.")]
    public string Updates { get; set; } = "poll";

    public bool Receives => Updates == "poll";
}

[OptionsValidator]
public sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>;
