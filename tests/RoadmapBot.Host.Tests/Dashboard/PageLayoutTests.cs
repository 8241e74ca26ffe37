using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Host.Tests.Dashboard;

/// <summary>A card's due date reads as the chat writes it: with its weekday, and with its year when that is not this year's.</summary>
public sealed class PageLayoutTests
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("")]
    [InlineData("kanban")]
    [InlineData("projects")]
    public async Task Card_DueInAnotherYear_ShowsTheYear_AndDueThisYear_DoesNot(string view)
    {
        await using var server = await DashboardServer.StartAsync();  // today is Thu 15 Jan 2026
        var link = await server.LinkAsync();
        var (nextYear, thisYear) = await TwoDatedProjectsAsync(server);
        await MoveAsync(server, nextYear, new DateOnly(2027, 1, 31));
        await MoveAsync(server, thisYear, new DateOnly(2026, 1, 20));
        using var http = new HttpClient();

        var page = await http.GetStringAsync(new Uri(link, view), Ct);

        Assert.Contains("<span class=\"due\">due Sun 31 Jan 2027</span>", Card(page, nextYear.Key), StringComparison.Ordinal);
        Assert.Contains("<span class=\"due\">due Tue 20 Jan</span>", Card(page, thisYear.Key), StringComparison.Ordinal);
    }

    private static async Task<(StoredItem, StoredItem)> TwoDatedProjectsAsync(DashboardServer server)
    {
        await using var db = server.Db();
        var projects = (await db.Items.AsNoTracking().Where(i => i.Kind == ItemKind.Project && i.DueDate != null).ToListAsync(Ct)).OrderBy(i => i.Order).ToList();
        return (projects[0], projects[1]);
    }

    // The member's own plan moves the item (as /replan would), so every view reads it from the same place.
    private static async Task MoveAsync(DashboardServer server, StoredItem item, DateOnly due)
    {
        await using var db = server.Db();
        var member = await db.Members.SingleAsync(m => m.UserId == "ann", Ct);
        db.PlanShifts.Add(new PlanShift { MemberId = member.Id, ItemKey = item.Key, Days = due.DayNumber - item.DueDate!.Value.DayNumber });
        await db.SaveChangesAsync(Ct);
    }

    private static string Card(string page, string key) =>
        Regex.Match(page, $"<article class=\"[^\"]*\" id=\"i-{Regex.Escape(key)}\".*?</p>", RegexOptions.Singleline).Value;
}
