using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoadmapBot.Core.Data;
using RoadmapBot.Telegram.Updates;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace RoadmapBot.Telegram.Webhook;

/// <summary>POST /telegram/webhook: checks Telegram's secret header, stores the update in the inbox and answers; handling comes after.</summary>
public static class TelegramWebhookEndpoint
{
    public const string Path = "/telegram/webhook";
    private const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    /// <summary>Maps the endpoint when RoadmapBot:Telegram:Updates is webhook; otherwise nothing.</summary>
    public static IEndpointRouteBuilder MapTelegramWebhook(this IEndpointRouteBuilder endpoints)
    {
        if (endpoints.ServiceProvider.GetRequiredService<IOptions<TelegramOptions>>().Value.Webhook)
            endpoints.MapPost(Path, ReceiveAsync);
        return endpoints;
    }

    private static async Task<IResult> ReceiveAsync(HttpContext http, IOptions<TelegramOptions> options, WebhookSecret secret, UpdateInbox inbox,
        InboxSignal signal, ILoggerFactory logs)
    {
        if (!SecretMatches(http.Request.Headers[SecretHeader].ToString(), await secret.GetAsync(http.RequestAborted)))
            return Results.Unauthorized();
        string payload;
        try
        {
            using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
            payload = await reader.ReadToEndAsync(http.RequestAborted);
        }
        // Over Kestrel's request body limit: the server's own answer, said once here instead of as an unhandled exception.
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            logs.CreateLogger(typeof(TelegramWebhookEndpoint).FullName!).LogWarning("Telegram webhook: refused a POST over the {Limit}-byte request limit (413)",
                http.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize);
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }
        if (Parse(payload) is not { } update)
            return Results.BadRequest();
        var botId = options.Value.BotId;
        await inbox.StoreAsync(new InboxUpdate(Key(botId, update.Id), Lane(botId, UpdateChat.Of(update)), update.Id, payload), http.RequestAborted);
        signal.Wake();
        return Results.Ok();
    }

    /// <summary>The inbox key of one update: its id is the bot's own sequence, so with the bot id it names one delivery.</summary>
    public static string Key(long botId, long updateId) => string.Create(CultureInfo.InvariantCulture, $"{KeyPrefix(botId)}{updateId}");

    public static string KeyPrefix(long botId) => string.Create(CultureInfo.InvariantCulture, $"telegram:{botId}:");

    // Per bot and chat: one chat's updates run in order on whichever instances, other chats' beside them.
    private static string Lane(long botId, long chatId) => string.Create(CultureInfo.InvariantCulture, $"telegram:{botId}:chat:{chatId}");

    // Compared in constant time: how long a wrong guess takes tells nothing about the secret.
    private static bool SecretMatches(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));

    private static Update? Parse(string payload)
    {
        try
        {
            return JsonSerializer.Deserialize<Update>(payload, JsonBotAPI.Options) is { Id: > 0 } update ? update : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
