using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Reminders;

namespace RoadmapBot.Core.Tests.Reminders.Pacing;

/// <summary>Reminders addressed to a member's private chat or to a group chat, for the pacing tests.</summary>
internal static class PacingDeliveries
{
    private static readonly Space Group = new() { Id = 1, Platform = ChatPlatform.Telegram, ExternalId = "group-1", IsGroup = true };

    public static ReminderDelivery ToPrivateChat(string user) =>
        Delivery(new Member { Id = 1, SpaceId = 1, UserId = user, DisplayName = user }, deliverHere: false, $"{user}:kickoff");

    public static ReminderDelivery ToGroup(string user, string group = "group-1") =>
        Delivery(new Member { Id = 1, SpaceId = 1, UserId = user, DisplayName = user }, deliverHere: true, $"{user}:kickoff", group);

    public static ReminderDelivery Digest(string group = "group-1") => Delivery(null, deliverHere: true, $"{group}:digest", group);

    private static ReminderDelivery Delivery(Member? member, bool deliverHere, string key, string group = "group-1")
    {
        var entry = new OutboxEntry { Key = key, LocalOccurrence = "2026-03-02T08:00", SpaceId = 1, MemberId = member?.Id };
        var space = group == Group.ExternalId ? Group : new Space { Id = 2, Platform = ChatPlatform.Telegram, ExternalId = group, IsGroup = true };
        return new ReminderDelivery(new ReminderRecipient(space, member), entry, ChatReply.Text("hello"), deliverHere,
            new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.FromHours(1)));
    }
}

/// <summary>A platform sender that records when each chat got a message and can answer 429 a few times first.</summary>
internal sealed class ClockedSender(TimeProvider time) : IReminderSender
{
    public ChatPlatform Platform => ChatPlatform.Telegram;
    public List<(string Chat, DateTimeOffset At)> Sent { get; } = [];
    public int Calls { get; private set; }

    /// <summary>How many of the next calls answer "too many requests", and with which retry-after.</summary>
    public int TooManyRequests { get; set; }
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(5);

    public Task<DeliveryOutcome> SendAsync(ReminderDelivery delivery, CancellationToken ct)
    {
        Calls++;
        if (TooManyRequests > 0)
        {
            TooManyRequests--;
            throw new Core.Reminders.Pacing.RetryAfterException(RetryAfter);
        }
        lock (Sent) Sent.Add((Core.Reminders.Pacing.ReminderChat.Of(delivery).Id, time.GetUtcNow()));
        return Task.FromResult(DeliveryOutcome.Sent);
    }
}
