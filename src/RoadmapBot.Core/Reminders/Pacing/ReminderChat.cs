using RoadmapBot.Core.Scheduling;

namespace RoadmapBot.Core.Reminders.Pacing;

/// <summary>The chat a reminder lands in: the member's private chat, or the space's own chat (a group or a private space).</summary>
public sealed record ReminderChat(string Id, bool IsGroup)
{
    public static ReminderChat Of(ReminderDelivery delivery) => delivery is { Recipient: { Member: { } member, Space.IsGroup: true }, DeliverHere: false }
        ? new ReminderChat(member.UserId, IsGroup: false)
        : new ReminderChat(delivery.Recipient.Space.ExternalId, delivery.Recipient.Space.IsGroup);

    /// <summary>The forum topic a member's reminders in the group go to (set by /remind to here in it); not part of the chat, which one pace covers.</summary>
    public static string? TopicOf(ReminderDelivery delivery) => delivery is { DeliverHere: true, Recipient: { Member: { } member, Space.IsGroup: true } }
        ? ReminderSettings.Parse(member.Settings).HereTopic
        : null;
}
