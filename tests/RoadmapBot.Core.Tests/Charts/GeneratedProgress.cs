using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Roadmaps;
using RoadmapBot.Core.Tests.Commands;
using RoadmapBot.Core.Tests.Import;

namespace RoadmapBot.Core.Tests.Charts;

/// <summary>
/// Seed 000 with made-up but repeatable progress (fixed random seed), seen on Wed 15 Apr 2026 09:00 UTC, in phase 2:
/// 26 items done since 1 Dec 2025, habits logged on about three days in four, a week in March missed entirely.
/// </summary>
internal static class GeneratedProgress
{
    public static readonly DateTimeOffset Now = new(2026, 4, 15, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);
    public const int ItemsDone = 26;

    public const string Group = "team";

    /// <summary>A bot with seed 000 imported in the private space "me", with progress for "me".</summary>
    public static Task<TestBot> StartAsync() => StartAsync("me", group: false, ["me"]);

    /// <summary>A bot with seed 000 imported in the group <see cref="Group"/>: each member does 6 items fewer than the one before.</summary>
    public static Task<TestBot> StartGroupAsync(params string[] members) => StartAsync(Group, group: true, members);

    private static async Task<TestBot> StartAsync(string space, bool group, string[] members)
    {
        var bot = await TestBot.StartAsync();
        await bot.ReplyAsync("/import", space: space, group: group, platformAdmin: true,
            attachments: new ChatAttachment("roadmap.md", File.ReadAllBytes(Seeds.Path("000"))));
        bot.Time.SetUtcNow(Now);
        for (var i = 0; i < members.Length; i++)
        {
            await bot.SendAsync("/start", members[i], space, group);
            await AddAsync(bot, await bot.MemberAsync(members[i], space), seed: i, done: ItemsDone - 6 * i);
        }
        return bot;
    }

    /// <summary>The inputs the charts are drawn from, read the way the commands read them.</summary>
    public static async Task<(RoadmapView View, MemberProgress Progress, DailyTotals Totals)> LoadAsync(TestBot bot, string user = "me", string space = "me")
    {
        var member = await bot.MemberAsync(user, space);
        await using var db = bot.Db();
        var view = (await RoadmapView.LoadAsync(db, member.SpaceId, TestContext.Current.CancellationToken))!;
        var progress = await MemberProgress.LoadAsync(db, member.Id, TestContext.Current.CancellationToken);
        var totals = await DailyTotals.LoadAsync(db, member.Id, TestContext.Current.CancellationToken);
        return (view, progress, totals);
    }

    private static async Task AddAsync(TestBot bot, Member member, int seed, int done)
    {
        var random = new Random(seed);
        await using var db = bot.Db();
        var ct = TestContext.Current.CancellationToken;
        var space = await db.Spaces.SingleAsync(s => s.Id == member.SpaceId, ct);
        var view = (await RoadmapView.LoadAsync(db, space.Id, ct))!;
        var start = new DateTimeOffset(2025, 12, 1, 18, 0, 0, TimeSpan.Zero);
        var span = (Now - start).TotalDays;
        var days = Enumerable.Range(0, done).Select(_ => random.NextDouble() * span).Order().ToList();
        foreach (var (item, at) in view.Items.Take(done).Zip(days))
            db.Progress.Add(new ItemProgress { MemberId = member.Id, ItemKey = item.Key, Status = ItemStatus.Done, ChangedAt = start.AddDays(at) });
        var missed = new DateOnly(2026, 3, 9);
        for (var day = Today.AddDays(-200); day <= Today; day = day.AddDays(1))
        {
            if (random.NextDouble() < 0.25 || (day >= missed && day < missed.AddDays(7)))
                continue;
            foreach (var habit in view.Habits.Where(h => h.Target is not null && random.NextDouble() < 0.8))
                db.MetricLogs.Add(new MetricLog
                {
                    MemberId = member.Id, Metric = habit.Metric, LocalDate = day, LoggedAt = Now,
                    Amount = habit.Target!.Value * (random.NextDouble() < 0.8 ? 1 : 0.5),
                });
            foreach (var habit in view.Habits.Where(h => h.Target is null && random.NextDouble() < 0.7))
                db.CheckIns.Add(new HabitCheckIn { MemberId = member.Id, HabitKey = habit.Key, LocalDate = day, CheckedAt = Now });
        }
        await db.SaveChangesAsync(ct);
    }
}
