using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;

namespace RoadmapBot.Core.Reminders;

/// <summary>Writes the text of a reminder; null when there is nothing worth sending (a check-in with every habit met).</summary>
public interface IReminderContent
{
    Task<ChatReply?> BuildAsync(RoadmapDbContext db, ReminderRecipient recipient, OutboxEntry entry, DateTimeOffset now, CancellationToken ct);
}

/// <summary>Hands a reminder to one platform (console, Telegram, Discord), through that platform's paced outgoing queue.</summary>
public interface IReminderSender
{
    ChatPlatform Platform { get; }

    Task<DeliveryOutcome> SendAsync(ReminderDelivery delivery, CancellationToken ct);
}

/// <summary>Where a reminder goes: the space, and the member (null for a group digest).</summary>
public sealed record ReminderRecipient(Space Space, Member? Member)
{
    public string Name => Member?.DisplayName ?? Space.ExternalId;
}

/// <summary>A reminder ready to send; <see cref="Occurrence"/> is the local occurrence with its UTC offset.</summary>
public sealed record ReminderDelivery(ReminderRecipient Recipient, OutboxEntry Entry, ChatReply Message, bool DeliverHere, DateTimeOffset Occurrence);

public enum DeliveryOutcome { Sent, Unreachable, RetryLater }
