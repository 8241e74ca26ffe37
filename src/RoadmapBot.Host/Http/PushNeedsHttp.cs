using Microsoft.Extensions.Options;
using RoadmapBot.Discord;
using RoadmapBot.Telegram;

namespace RoadmapBot.Host.Http;

/// <summary>
/// Registered when this process serves no HTTP: a Telegram webhook or Discord's Interactions Endpoint URL would then post
/// to nothing, so start-up refuses either in one line.
/// </summary>
public sealed class PushNeedsHttp : IValidateOptions<TelegramOptions>, IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, TelegramOptions options) =>
        options.Webhook ? Refuse("RoadmapBot:Telegram:Updates=webhook") : ValidateOptionsResult.Success;

    public ValidateOptionsResult Validate(string? name, DiscordOptions options) =>
        options.HttpInteractions ? Refuse("RoadmapBot:Discord:PublicKey (HTTP interactions)") : ValidateOptionsResult.Success;

    private static ValidateOptionsResult Refuse(string what) => ValidateOptionsResult.Fail(
        $"{what} needs the HTTP host, but {HttpOptions.Section}:Urls is off; set it to an address the reverse proxy forwards to, e.g. {HttpOptions.DefaultUrls}.");
}
