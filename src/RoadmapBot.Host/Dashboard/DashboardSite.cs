using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Commands;
using RoadmapBot.Core.Dashboard;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Host.Dashboard;

/// <summary>What the dashboard's endpoints need from the bot, in one place (an on-demand console server gets the same one).</summary>
public sealed class DashboardSite(
    IDbContextFactory<RoadmapDbContext> contexts,
    DashboardLinks links,
    RoadmapCache roadmaps,
    ChatEngine engine,
    IOptions<RoadmapBotOptions> options,
    IOptions<DashboardOptions> dashboard,
    TimeProvider time)
{
    public DashboardLinks Links => links;
    public TimeProvider Time => time;

    /// <summary>The domain of the feed's event UIDs: this install's public host.</summary>
    public string CalendarDomain => CalendarUid.DomainOf(dashboard.Value.PublicUrl);

    public async Task<(LinkCheck Check, DashboardSnapshot? Snapshot)> OpenAsync(long memberId, string token, LinkKind kind, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var check = await links.CheckAsync(db, memberId, token, kind, ct);
        if (!check.IsValid)
            return (check, null);
        return (check, await DashboardSnapshot.LoadAsync(db, roadmaps, check.Member!, check.Space!, time.GetUtcNow(), options.Value.DefaultTimeZone, ct));
    }

    public async Task<HabitsSummary> HabitsAsync(DashboardSnapshot snapshot, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await HabitsSummary.LoadAsync(db, snapshot, options.Value.FreezesPerMonth, ct);
    }

    public async Task<GroupBoard> GroupAsync(DashboardSnapshot snapshot, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await GroupBoard.LoadAsync(db, snapshot, options.Value.FreezesPerMonth, ct);
    }

    public async Task<string?> BoardChartAsync(DashboardSnapshot snapshot, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await DashboardCharts.BoardAsync(db, snapshot, options.Value.FreezesPerMonth, ct);
    }

    /// <summary>
    /// Moves an item as the member would from the chat: the same command through the same engine (rules, audit, /undo),
    /// sent as the member in their space; the engine's answer is returned to show on the page.
    /// </summary>
    public async Task<string> MoveAsync(Member member, Space space, string itemKey, ItemStatus status, CancellationToken ct)
    {
        var text = $"/{Kanban.Verb(status)} {itemKey}";
        var message = new ChatMessage(space.Platform, space.ExternalId, space.IsGroup, member.UserId, member.DisplayName, text) { RepliesPrivately = true };
        var replies = await engine.HandleAsync(message, ct);
        return string.Join("\n", replies.Select(r => r.ToPlainText()));
    }
}
