using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RoadmapBot.Core.Reminders;
using RoadmapBot.Core.Scheduling;
using RoadmapBot.Telegram.Tests.Fakes;
using static RoadmapBot.Telegram.Tests.Fakes.TelegramUpdates;

namespace RoadmapBot.Telegram.Tests.EndToEnd;

/// <summary>A habit that checks itself on Telegram: /verify against a fake GitHub, then the scheduled check-in says the push ticked it.</summary>
public sealed class VerifiedHabitTests : IAsyncLifetime
{
    private static readonly FakeUser Ana = new(101, "Ana", "Lima", "ana");
    private static readonly FakeChat Chat = FakeChat.Private(Ana);
    private readonly TempFolder _folder = new();
    private FakeBotApi _api = null!;
    private FakeGitHub _github = null!;
    private TelegramBotRig _bot = null!;

    public async ValueTask InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync();
        _github = await FakeGitHub.StartAsync();
        _bot = await TelegramBotRig.StartAsync(_api, _folder.Database, settings: new Dictionary<string, string?> { ["RoadmapBot:GitHub:ApiUrl"] = _github.ApiUrl });
    }

    public async ValueTask DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _github.DisposeAsync();
        await _api.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task Verify_ThenTheCheckinAfterAPush_SaysPushedToGitHubToday()
    {
        var seed = Seeds.Read("000");
        _api.AddFile("seed000", seed);
        _api.AddUpdate(Document(Chat, Ana, "seed000", "roadmap.md", seed.Length, "/import"));
        await _api.WaitUntilAsync(a => a.Delivered(Chat.Id).Count == 1, "the import reply");
        _github.AddAccount("ana-lima");
        _api.AddUpdate(Text(Chat, Ana, "/verify commits github ana-lima"));
        await _api.WaitUntilAsync(a => a.Delivered(Chat.Id).Any(r => r.Text?.Contains("checks itself from GitHub account") == true), "the /verify reply");

        var ct = TestContext.Current.CancellationToken;
        var now = DateTimeOffset.UtcNow;
        _github.Push("ana-lima", now.AddMinutes(-1), size: 2);
        await using (var db = _bot.Db())
        {
            // A check-in ten minutes ago, on schedules set up an hour ago: the next tick owes it.
            var member = await db.Members.SingleAsync(ct);
            member.TimeZone = "UTC";
            member.Settings = (ReminderSettings.Parse(member.Settings) with
            {
                Since = now.AddHours(-1),
                Schedules = new() { [ReminderKind.Checkin] = new(TimeOnly.FromDateTime(now.AddMinutes(-10).UtcDateTime), [.. WeeklyTime.EveryDay]) },
            }).ToJson();
            await db.SaveChangesAsync(ct);
        }
        var dispatcher = _bot.Host.Services.GetRequiredService<ReminderDispatcher>();
        await dispatcher.TickAsync(ct);
        await dispatcher.TickAsync(ct);

        await _api.WaitUntilAsync(a => a.Delivered(Chat.Id).Any(r => r.Text?.Contains("Evening check-in") == true), "the check-in");
        Assert.Contains("✅ pushed to GitHub today", _api.Delivered(Chat.Id).Last(r => r.Text?.Contains("Evening check-in") == true).Text);
    }
}
