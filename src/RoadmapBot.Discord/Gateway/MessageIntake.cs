using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Commands;
using RoadmapBot.Discord.Client.Gateway;
using RoadmapBot.Discord.Client.Models;
using RoadmapBot.Discord.Client.Rest;
using RoadmapBot.Discord.Rendering;

namespace RoadmapBot.Discord.Gateway;

/// <summary>
/// Plain messages from the gateway (with <c>RoadmapBot:Discord:ReadMessages</c>): a DM to the bot, or a server message that
/// mentions it or replies to it, goes to the engine as plain words; the answer is a channel message with the same buttons.
/// Other server messages are left alone (without MESSAGE_CONTENT their text does not even arrive).
/// </summary>
public sealed class MessageIntake(ChatEngine engine, IGatewayEvents gateway, IDiscordRest rest, IOptions<DiscordOptions> options, ILogger<MessageIntake> logger)
{
    public async Task RunAsync(CancellationToken ct)
    {
        try
        {
            await Parallel.ForEachAsync(gateway.ReadMessagesAsync(ct), new ParallelOptions { MaxDegreeOfParallelism = DiscordBotService.Concurrency, CancellationToken = ct }, HandleAsync);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    public async ValueTask HandleAsync(GatewayMessage message, CancellationToken ct)
    {
        if (Translate(message, gateway.BotUserId) is not { } chat)
            return;
        try
        {
            foreach (var reply in await engine.HandleAsync(chat, ct))
                foreach (var part in DiscordMessages.Render(reply))
                    await rest.CreateMessageAsync(message.ChannelId, part, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogWarning("Discord: message {Id} not answered: {Reason}", message.Id, DiscordErrors.Describe(e, options.Value.Token));
        }
    }

    /// <summary>The engine message, or null when the message is not for the bot (another bot, server chatter, nothing to read).</summary>
    public static ChatMessage? Translate(GatewayMessage message, ulong? botUserId)
    {
        if (message.AuthorIsBot || message.Author.Id == botUserId)
            return null;
        var inServer = message.GuildId is not null;
        var addressed = botUserId is { } bot && (message.Mentions.Contains(bot) || message.RepliesTo == bot);
        if (inServer && !addressed)
            return null;
        var text = botUserId is { } id ? MentionOf(id).Replace(message.Content, "").Trim() : message.Content.Trim();
        // A forward's own content is empty (its words are in the snapshot): the engine still says it acts on no forward.
        if (text.Length == 0 && !message.Forwarded)
            return null;
        return new ChatMessage(ChatPlatform.Discord, message.ChannelId.ToString(CultureInfo.InvariantCulture), inServer,
            message.Author.Id.ToString(CultureInfo.InvariantCulture), message.Author.DisplayName, text)
        {
            Username = message.Author.Username,
            AddressedToBot = inServer,
            Forwarded = message.Forwarded,
            // A message the gateway sends again after a resume is handled once.
            DeliveryKey = $"discord-message:{message.Id}",
        };
    }

    private static Regex MentionOf(ulong id) => new($"<@!?{id}>", RegexOptions.None, TimeSpan.FromSeconds(1));
}
