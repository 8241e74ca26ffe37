using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.Extensions.Options;

namespace RoadmapBot.Discord;

/// <summary>The "RoadmapBot:Discord" configuration section. A token and an application id turn the Discord adapter on.</summary>
public sealed class DiscordOptions : IValidatableObject
{
    public const string Section = "RoadmapBot:Discord";
    public const string DefaultApiBaseUrl = "https://discord.com/api/v10";

    /// <summary>The bot token from the Developer Portal (Bot → Reset Token). Never logged.</summary>
    [Required]
    [RegularExpression(@"^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$",
        ErrorMessage = "RoadmapBot:Discord:Token does not look like a bot token (three parts of letters, digits, _ or - separated by dots).")]
    public string Token { get; set; } = "";

    /// <summary>The application id (General Information → Application ID), under which the slash commands are registered.</summary>
    [Required]
    [RegularExpression(@"^[1-9][0-9]{0,19}$", ErrorMessage = "RoadmapBot:Discord:ApplicationId must be the numeric application id.")]
    public string ApplicationId { get; set; } = "";

    /// <summary>The REST API root; tests point it at their fake. The gateway URL comes from GET /gateway/bot.</summary>
    [Required]
    [Url]
    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>"on" opens the gateway session that receives interactions; "off" only sends through REST (one session per shard).</summary>
    [RegularExpression("^(on|off)$", ErrorMessage = "RoadmapBot:Discord:Gateway must be on or off.")]
    public string Gateway { get; set; } = "on";

    public bool Receives => Gateway == "on";

    /// <summary>
    /// The application's public key (General Information → Public Key, 64 hex digits): turns on POST /discord/interactions
    /// for the Interactions Endpoint URL, where Discord then sends every interaction instead of the gateway.
    /// </summary>
    [RegularExpression("^[0-9a-fA-F]{64}$", ErrorMessage = "RoadmapBot:Discord:PublicKey must be the application's public key: 64 hex digits.")]
    public string? PublicKey { get; set; }

    public bool HttpInteractions => !string.IsNullOrWhiteSpace(PublicKey);

    /// <summary>
    /// Reads plain messages as logs: DMs to the bot and server messages that mention it, through the non-privileged
    /// GUILD_MESSAGES and DIRECT_MESSAGES intents (Discord fills their text without MESSAGE_CONTENT). Off: the bot reads no messages.
    /// </summary>
    public bool ReadMessages { get; set; }

    /// <summary>GUILDS (1), plus GUILD_MESSAGES (1 &lt;&lt; 9) and DIRECT_MESSAGES (1 &lt;&lt; 12) when the bot reads messages.</summary>
    public int Intents => ReadMessages ? 1 | 1 << 9 | 1 << 12 : 1;

    /// <summary>The gateway shard this instance holds, 0 … ShardCount − 1; each instance with the gateway on holds another.</summary>
    [Range(0, 65535)]
    public int ShardId { get; set; }

    /// <summary>How many shards all instances together run, or "auto": this instance runs every shard Discord recommends.</summary>
    [RegularExpression("^(auto|[1-9][0-9]{0,4})$", ErrorMessage = "RoadmapBot:Discord:ShardCount must be a number of shards or auto.")]
    public string ShardCount { get; set; } = "1";

    /// <summary>The shard count as a number; null for auto.</summary>
    public int? Shards => ShardCount == "auto" ? null : int.TryParse(ShardCount, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 1;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Shards is { } count ? ShardId >= count : ShardId != 0)
            yield return new ValidationResult(Shards is null
                ? "RoadmapBot:Discord:ShardId must be left unset with ShardCount=auto (this instance runs every shard)."
                : $"RoadmapBot:Discord:ShardId must be below ShardCount ({ShardId} of {ShardCount}).");
    }

    public ulong Application => ulong.Parse(ApplicationId, CultureInfo.InvariantCulture);
}

[OptionsValidator]
public sealed partial class DiscordOptionsValidator : IValidateOptions<DiscordOptions>;
