using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Reminders;
using RoadmapBot.Core.Reminders.Pacing;
using RoadmapBot.Discord.Client.Rest;
using RoadmapBot.Discord.Rendering;

namespace RoadmapBot.Discord.Reminders;

/// <summary>
/// Sends one reminder: into the guild channel when it belongs there, otherwise as a DM to the member. Registered behind
/// <see cref="PacedReminderSender"/>. Closed DMs (50007) and a channel the bot lost (50001, 50013, 10003) are unreachable,
/// so they are not retried; server errors, timeouts and a rejected bot token (until a restart with a valid one) are tried again later.
/// </summary>
public sealed class DiscordReminderSender(IDiscordRest rest, IOptions<DiscordOptions> options, ILogger<DiscordReminderSender> logger) : IReminderSender
{
    // Parts of a split reminder already delivered, by outbox key: a retry sends only the rest.
    private readonly ConcurrentDictionary<string, int> _partsSent = new();

    // DM channel per user: Discord returns the same one each time, so it is asked once per process.
    private readonly ConcurrentDictionary<ulong, ulong> _dmChannels = new();

    public ChatPlatform Platform => ChatPlatform.Discord;

    public async Task<DeliveryOutcome> SendAsync(ReminderDelivery delivery, CancellationToken ct)
    {
        var member = delivery.Recipient.Member;
        var chat = ReminderChat.Of(delivery);
        // A private chat on Discord is the member's DM channel, which is asked for by their user id.
        var direct = member is not null && !chat.IsGroup;
        try
        {
            var channel = direct ? await DmChannelAsync(Id(member!.UserId), ct) : Id(chat.Id);
            var parts = DiscordMessages.Render(delivery.Message);
            for (var i = _partsSent.GetValueOrDefault(delivery.Entry.Key); i < parts.Count; i++)
            {
                await rest.CreateMessageAsync(channel, parts[i] with { Nonce = Nonce(delivery.Entry.Key, i) }, ct);
                _partsSent[delivery.Entry.Key] = i + 1;
            }
            _partsSent.TryRemove(delivery.Entry.Key, out _);
            return DeliveryOutcome.Sent;
        }
        catch (Exception e) when (DiscordErrors.IsCannotDm(e) || DiscordErrors.IsChannelGone(e))
        {
            logger.LogInformation("Discord: {Where} is unreachable ({Reason})", direct ? $"a DM to user {member!.UserId}" : $"channel {chat.Id}",
                DiscordErrors.Describe(e, options.Value.Token));
            return DeliveryOutcome.Unreachable;
        }
        catch (Exception e) when (DiscordErrors.IsUnauthorized(e))
        {
            // The limiter already said so once, as a critical line; the outbox keeps the reminder for after the restart.
            logger.LogDebug("Discord: reminder {Key} waits: the bot token is rejected", delivery.Entry.Key);
            return DeliveryOutcome.RetryLater;
        }
        catch (Exception e) when (DiscordErrors.IsTransient(e) && !ct.IsCancellationRequested)
        {
            logger.LogWarning("Discord: reminder {Key} not sent yet ({Reason}); it is tried again later", delivery.Entry.Key, DiscordErrors.Describe(e, options.Value.Token));
            return DeliveryOutcome.RetryLater;
        }
    }

    private async Task<ulong> DmChannelAsync(ulong userId, CancellationToken ct)
    {
        if (!_dmChannels.TryGetValue(userId, out var channel))
            _dmChannels[userId] = channel = await rest.CreateDmChannelAsync(userId, ct);
        return channel;
    }

    // One nonce per outbox entry and part, the same on every retry (even after a timeout whose message did arrive): Discord
    // answers a nonce it saw in the last few minutes with that message instead of posting a second one.
    private static string Nonce(string outboxKey, int part) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{outboxKey}#{part.ToString(CultureInfo.InvariantCulture)}")))[..25];

    private static ulong Id(string id) => ulong.Parse(id, CultureInfo.InvariantCulture);
}
