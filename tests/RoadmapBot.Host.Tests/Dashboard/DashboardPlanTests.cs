using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Roadmaps;
using static RoadmapBot.Host.Tests.Dashboard.CalendarFeedTests;
using Calendar = Ical.Net.Calendar;

namespace RoadmapBot.Host.Tests.Dashboard;

/// <summary>
/// The pages and the feed read the member's own plan: a /replan (or any stored shift) moves their dates, overdue marks
/// follow, and another member's dates stay where the group's plan has them. Seed 004 on 15 Jan 2026: October is long past.
/// </summary>
public sealed class DashboardPlanTests
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Feed_AfterReplan_MovesTheMembersEvents_ButNotAnotherMembers()
    {
        await using var server = await DashboardServer.StartAsync("004");
        var annFeed = await server.LinkAsync("ann", "/calendar");
        var bobFeed = await server.LinkAsync("bob", "/calendar");
        using var http = new HttpClient();
        var annBefore = Calendar.Load(await http.GetStringAsync(annFeed, Ct))!;
        var bobBefore = Calendar.Load(await http.GetStringAsync(bobFeed, Ct))!;

        Assert.StartsWith("Re-planned", await server.SendAsync("/replan shift", "ann", privately: true), StringComparison.Ordinal);
        var annAfter = Calendar.Load(await http.GetStringAsync(annFeed, Ct))!;
        var bobAfter = Calendar.Load(await http.GetStringAsync(bobFeed, Ct))!;

        var shifts = await ShiftsAsync(server, "ann");
        Assert.NotEmpty(shifts);
        foreach (var (key, days) in shifts)
        {
            // Wall-clock time in the member's zone: October's slot keeps its 08:00 in January, across the DST change.
            Assert.Equal(Event(annBefore, key).Start!.Value.AddDays(days), Event(annAfter, key).Start!.Value);
            Assert.Equal(Event(annBefore, key).Start!.TzId, Event(annAfter, key).Start!.TzId);
            Assert.Equal(Event(annBefore, key).Uid, Event(annAfter, key).Uid);
            Assert.Equal(Event(bobBefore, key).Start!.AsUtc, Event(bobAfter, key).Start!.AsUtc);
        }
    }

    [Fact]
    public async Task Pages_WithAStoredShift_ShowTheMembersNewDate_NoLongerOverdue_WhileAnotherMembersStays()
    {
        await using var server = await DashboardServer.StartAsync("004");
        var ann = await server.LinkAsync("ann");
        var bob = await server.LinkAsync("bob");
        var item = await FirstOpenItemAsync(server);
        var moved = new DateOnly(2026, 1, 20);
        await ShiftAsync(server, "ann", item.Key, moved.DayNumber - item.DueDate!.Value.DayNumber);
        using var http = new HttpClient();

        var annMonth = await http.GetStringAsync(new Uri(ann, "calendar?month=2026-01"), Ct);
        var annOctober = await http.GetStringAsync(new Uri(ann, "calendar?month=" + item.DueDate.Value.ToString("yyyy-MM", CultureInfo.InvariantCulture)), Ct);
        var bobOctober = await http.GetStringAsync(new Uri(bob, "calendar?month=" + item.DueDate.Value.ToString("yyyy-MM", CultureInfo.InvariantCulture)), Ct);

        Assert.Contains($"data-key=\"{item.Key}\"", Day(annMonth, moved), StringComparison.Ordinal);
        Assert.DoesNotContain($"data-key=\"{item.Key}\"", Day(annOctober, item.DueDate.Value), StringComparison.Ordinal);
        Assert.Contains($"class=\"entry s-todo overdue\" data-key=\"{item.Key}\"", Day(bobOctober, item.DueDate.Value), StringComparison.Ordinal);
        foreach (var view in new[] { "", "kanban" })
        {
            var annCard = Card(await http.GetStringAsync(new Uri(ann, view), Ct), item.Key);
            var bobCard = Card(await http.GetStringAsync(new Uri(bob, view), Ct), item.Key);
            Assert.Contains("<span class=\"due\">due Tue 20 Jan</span>", annCard, StringComparison.Ordinal);
            Assert.DoesNotContain("overdue", annCard, StringComparison.Ordinal);
            Assert.Contains($"<span class=\"due\">overdue · {item.DueDate.Value.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture)}</span>", bobCard, StringComparison.Ordinal);
        }
    }

    private static async Task<StoredItem> FirstOpenItemAsync(DashboardServer server)
    {
        await using var db = server.Db();
        return (await db.Items.AsNoTracking().Where(i => i.DueDate != null && i.InitialStatus == ItemStatus.Todo).ToListAsync(Ct))
            .OrderBy(i => i.DueDate).ThenBy(i => i.Order).First();
    }

    private static async Task ShiftAsync(DashboardServer server, string user, string key, int days)
    {
        await using var db = server.Db();
        var member = await db.Members.SingleAsync(m => m.UserId == user, Ct);
        db.PlanShifts.Add(new PlanShift { MemberId = member.Id, ItemKey = key, Days = days });
        await db.SaveChangesAsync(Ct);
    }

    private static async Task<Dictionary<string, int>> ShiftsAsync(DashboardServer server, string user)
    {
        await using var db = server.Db();
        var member = await db.Members.SingleAsync(m => m.UserId == user, Ct);
        return await db.PlanShifts.Where(s => s.MemberId == member.Id).ToDictionaryAsync(s => s.ItemKey, s => s.Days, Ct);
    }

    // A day's cell of the month grid: everything up to the cell's own closing tag (a cell holds no other div).
    private static string Day(string page, DateOnly day) =>
        Regex.Match(page, $"data-day=\"{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\">(.*?)</div>", RegexOptions.Singleline) is { Success: true } m ? m.Groups[1].Value : "";

    private static string Card(string page, string key) =>
        Regex.Match(page, $"<article class=\"[^\"]*\" id=\"i-{Regex.Escape(key)}\".*?</article>", RegexOptions.Singleline).Value;
}
