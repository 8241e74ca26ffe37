using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Reminders;
using RoadmapBot.Core.Scheduling;
using RoadmapBot.Core.Tests.Commands;
using RoadmapBot.Core.Tests.Import;

namespace RoadmapBot.Core.Tests.Reminders;

/// <summary>Writes one reminder with the real <see cref="ReminderMessages"/> against a <see cref="TestBot"/>'s database.</summary>
internal static class MessageBench
{
    public static async Task ImportSeedAsync(TestBot bot, string seed, string space = "me", bool group = false)
    {
        var reply = await bot.ReplyAsync("/import", group ? "admin" : "me", space, group, platformAdmin: group,
            new ChatAttachment("roadmap.md", File.ReadAllBytes(Seeds.Path(seed))));
        Assert.StartsWith("Imported", reply.ToPlainText());
    }

    /// <summary>The reminder of <paramref name="kind"/> for <paramref name="local"/> (yyyy-MM-ddTHH:mm); a null user means the group.</summary>
    /// <param name="content">The reminder writer to use; the plain one (no habit verification) when null.</param>
    public static async Task<ChatReply?> BuildAsync(TestBot bot, ReminderKind kind, string local, string? user = "me", string space = "me",
        bool late = false, string? item = null, IReminderContent? content = null)
    {
        await using var db = bot.Db();
        var ct = TestContext.Current.CancellationToken;
        var chat = await db.Spaces.SingleAsync(s => s.ExternalId == space, ct);
        var member = user is null ? null : await db.Members.SingleAsync(m => m.SpaceId == chat.Id && m.UserId == user, ct);
        var prefix = member is null ? $"s{chat.Id}" : $"m{member.Id}";
        var name = ReminderPlanner.Name(kind);
        var entry = new OutboxEntry
        {
            Key = item is null ? $"{prefix}:{name}:{local}" : $"{prefix}:{name}:{item}:{local}",
            SpaceId = chat.Id, MemberId = member?.Id, Kind = kind, LocalOccurrence = local, Late = late, DueAt = bot.Time.GetUtcNow(),
        };
        content ??= new ReminderMessages(Options.Create(new RoadmapBotOptions { DefaultTimeZone = "UTC" }));
        return await content.BuildAsync(db, new ReminderRecipient(chat, member), entry, bot.Time.GetUtcNow(), ct);
    }

    public static async Task<string> TextAsync(TestBot bot, ReminderKind kind, string local, string? user = "me", string space = "me",
        bool late = false, string? item = null) =>
        Assert.IsType<ChatReply>(await BuildAsync(bot, kind, local, user, space, late, item)).ToPlainText();
}
