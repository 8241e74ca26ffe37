using Microsoft.Extensions.Options;
using RoadmapBot.Core.Chat;
using RoadmapBot.Discord.Client.Gateway;
using RoadmapBot.Discord.Client.Rest;

namespace RoadmapBot.Discord.Gateway;

/// <summary>
/// Discord as this instance uses it: with the gateway on, connected once READY came; with it off, receiving over HTTP or only
/// sending through REST. Not ready while Discord rejects the bot token, though interaction answers still go out.
/// </summary>
public sealed class DiscordConnection(IGatewayEvents gateway, IDiscordRest rest, IOptions<DiscordOptions> options) : IPlatformConnection
{
    public ChatPlatform Platform => ChatPlatform.Discord;

    public ConnectionState State =>
        rest.BotTokenRejected ? new(false, "Discord rejected the bot token (401): reminders and other bot-token calls wait for a restart with a valid token; interaction answers still go out")
        : !options.Value.Receives ? new(true, options.Value.HttpInteractions
            ? "interactions over HTTP (/discord/interactions), gateway off on this instance"
            : "gateway off on this instance (RoadmapBot:Discord:Gateway=off): sends through REST")
        : gateway.ApplicationId is null ? new(false, "waiting for the gateway's READY")
        : new(true, "gateway session ready");
}
