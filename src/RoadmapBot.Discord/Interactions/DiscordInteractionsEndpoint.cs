using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RoadmapBot.Discord.Client.Interactions;

namespace RoadmapBot.Discord.Interactions;

/// <summary>POST /discord/interactions, the Interactions Endpoint URL: the client checks and answers, the bot handles as from the gateway.</summary>
public static class DiscordInteractionsEndpoint
{
    public const string Path = "/discord/interactions";
    // Discord's interaction payloads are small; a body past this is not one of them.
    private const int MaxBody = 1 << 20;

    /// <summary>Maps the endpoint when RoadmapBot:Discord:PublicKey is set; otherwise nothing.</summary>
    public static IEndpointRouteBuilder MapDiscordInteractions(this IEndpointRouteBuilder endpoints)
    {
        if (endpoints.ServiceProvider.GetRequiredService<IOptions<DiscordOptions>>().Value.HttpInteractions)
            endpoints.MapPost(Path, ReceiveAsync);
        return endpoints;
    }

    private static async Task<IResult> ReceiveAsync(HttpContext http, HttpInteractions interactions)
    {
        if (http.Request.ContentLength > MaxBody)
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        using var body = new MemoryStream();
        await http.Request.Body.CopyToAsync(body, http.RequestAborted);
        var headers = http.Request.Headers;
        var answer = await interactions.ReceiveAsync(headers["X-Signature-Ed25519"].ToString(), headers["X-Signature-Timestamp"].ToString(),
            body.ToArray(), http.RequestAborted);
        return answer.Json is { } json ? Results.Text(json, "application/json", statusCode: answer.Status) : Results.StatusCode(answer.Status);
    }
}
