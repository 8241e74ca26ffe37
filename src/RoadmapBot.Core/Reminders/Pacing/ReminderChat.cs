namespace RoadmapBot.Core.Reminders.Pacing;

/// <summary>The chat a reminder lands in: the member's private chat, or the space's own chat (a group or a private space).</summary>
public sealed record ReminderChat(string Id, bool IsGroup)
{
    public static ReminderChat Of(ReminderDelivery delivery) => delivery is { Recipient: { Member: { } member, Space.IsGroup: true }, DeliverHere: false }
        ? new ReminderChat(member.UserId, IsGroup: false)
        : new ReminderChat(delivery.Recipient.Space.ExternalId, delivery.Recipient.Space.IsGroup);
}
