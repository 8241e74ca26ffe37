using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Progress;

namespace RoadmapBot.Core.Reminders;

/// <summary>
/// The friendly message a buddy's tap sends: from the bot, naming the buddy as plain text (never a mention). It goes where
/// the member gets their own reminders (/remind to dm|here): they chose that place, and a nudge is one more reminder.
/// </summary>
public static class BuddyNudgeMessage
{
    public static async Task<ChatReply?> BuildAsync(ReminderScene scene)
    {
        // The pair ended between the tap and the send: nothing to say on the buddy's behalf.
        if (await Buddies.BuddyOfAsync(scene.Db, scene.Member.Id, scene.CancellationToken) is not (_, { } buddy))
            return null;
        return scene.Start(Span.Bold($"👋 A nudge from your buddy {buddy.DisplayName}"))
            .Line($"{buddy.DisplayName} noticed the last two check-ins were quiet and is cheering for you.")
            .Line("No pressure: one small step today keeps you both going. ", Span.Code("/today"), " shows what is on.")
            .Button("Today", "/today")
            .Build();
    }
}
