using RoadmapBot.Discord.Client.Models;

namespace RoadmapBot.Discord.Client;

/// <summary>Everything the client needs: the token, where Discord is, and the timings (small in tests, Discord's in production).</summary>
public sealed class DiscordClientOptions
{
    /// <summary>The bot token, without the "Bot " prefix. Never logged.</summary>
    public string Token { get; set; } = "";
    public string ApiBaseUrl { get; set; } = "https://discord.com/api/v10";
    public string UserAgent { get; set; } = "DiscordBot (https://github.com/roadmapbot/roadmapbot, 1.0)";
    /// <summary>GUILDS (1): slash commands, buttons and modals need no other intent.</summary>
    public int Intents { get; set; } = 1;
    /// <summary>The shard this process's gateway session holds (with <see cref="ShardCount"/> set).</summary>
    public int ShardId { get; set; }
    /// <summary>How many shards the bot runs across all instances; null: this process runs every shard GET /gateway/bot recommends.</summary>
    public int? ShardCount { get; set; } = 1;
    /// <summary>The file holding the IDENTIFYs of the last 24 h, so restart loops cannot burn the 1000-a-day budget.</summary>
    public string IdentifyLogPath { get; set; } = Path.Combine(Path.GetTempPath(), "roadmapbot-discord-identify.log");

    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(15);
    /// <summary>A rate-limit wait longer than this fails the request instead (a Cloudflare ban says hours).</summary>
    public TimeSpan MaxRateLimitWait { get; set; } = TimeSpan.FromSeconds(60);
    /// <summary>The longest a request waits for its turn behind others in the same bucket.</summary>
    public TimeSpan MaxQueueWait { get; set; } = TimeSpan.FromMinutes(5);
    /// <summary>The first retry after a 5xx; doubled on each of the (at most 3) retries.</summary>
    public TimeSpan ServerErrorRetryDelay { get; set; } = TimeSpan.FromSeconds(1);
    /// <summary>Requests per second under the global limit (Discord's is 50).</summary>
    public int GlobalRequestsPerSecond { get; set; } = 45;
    /// <summary>Called on every 429 Discord answers (the host counts them); the limiter has already handled it.</summary>
    public Action? OnTooManyRequests { get; set; }

    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan HelloTimeout { get; set; } = TimeSpan.FromSeconds(60);
    /// <summary>From IDENTIFY to READY, or from RESUME to RESUMED.</summary>
    public TimeSpan ReadyTimeout { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan ReconnectBackoffBase { get; set; } = TimeSpan.FromSeconds(1);
    public TimeSpan ReconnectBackoffCap { get; set; } = TimeSpan.FromSeconds(60);
    /// <summary>After a non-resumable INVALID_SESSION, a random wait in [min, max] before the new IDENTIFY.</summary>
    public TimeSpan InvalidSessionDelayMin { get; set; } = TimeSpan.FromSeconds(1);
    public TimeSpan InvalidSessionDelayMax { get; set; } = TimeSpan.FromSeconds(5);
    /// <summary>At least this long between two IDENTIFYs (max_concurrency 1).</summary>
    public TimeSpan IdentifySpacing { get; set; } = TimeSpan.FromSeconds(5);
    /// <summary>Our own cap on IDENTIFYs per rolling 24 h, under Discord's 1000 that resets the token.</summary>
    public int IdentifyDailyCap { get; set; } = 900;

    /// <summary>
    /// No answer this long after receipt: the watchdog defers. Discord's 3 s run from before our receipt and the deferral
    /// itself must reach Discord in them, so half is left to spare; commands answer in tens of milliseconds.
    /// </summary>
    public TimeSpan AutoDeferAfter { get; set; } = TimeSpan.FromMilliseconds(1500);
    /// <summary>Interactions deferred on receipt: a file to download first can take longer than the 3 s alone.</summary>
    public Func<Interaction, bool> DeferAtOnce { get; set; } = interaction => interaction.Attachments.Count > 0;
    /// <summary>Whether the watchdog's deferral of a command is ephemeral (its later answer then is too).</summary>
    public Func<Interaction, bool> DeferEphemeral { get; set; } = _ => true;
}
