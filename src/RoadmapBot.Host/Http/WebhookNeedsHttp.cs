using Microsoft.Extensions.Options;
using RoadmapBot.Telegram;

namespace RoadmapBot.Host.Http;

/// <summary>Registered when this process serves no HTTP: a Telegram webhook would then post to nothing, so start-up refuses it.</summary>
public sealed class WebhookNeedsHttp : IValidateOptions<TelegramOptions>
{
    public ValidateOptionsResult Validate(string? name, TelegramOptions options) => options.Webhook
        ? ValidateOptionsResult.Fail($"RoadmapBot:Telegram:Updates=webhook needs the HTTP host, but {HttpOptions.Section}:Urls is off; set it to an address the reverse proxy forwards to, e.g. {HttpOptions.DefaultUrls}.")
        : ValidateOptionsResult.Success;
}
