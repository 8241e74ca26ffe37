using System.Net;
using Ical.Net;
using Microsoft.EntityFrameworkCore;

namespace RoadmapBot.Host.Tests.Dashboard;

/// <summary>The iCalendar feed of /calendar: parses back with every dated item, at the right times in the member's zone across a DST change.</summary>
public sealed class CalendarFeedTests
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Feed_ParsesBack_WithEveryDatedItem_AtItsTimeInTheMembersZone_AcrossTheDstChange()
    {
        await using var server = await DashboardServer.StartAsync("004");
        var link = await server.LinkAsync(command: "/calendar");
        using var http = new HttpClient();

        var answer = await http.GetAsync(link, Ct);
        var calendar = Calendar.Load(await answer.Content.ReadAsStringAsync(Ct))!;
        var items = await ItemsAsync(server);
        var before = items.Single(i => i.Key == FirstSlotOn(items, new DateTime(2025, 10, 24)));
        var after = items.Single(i => i.Key == FirstSlotOn(items, new DateTime(2025, 10, 28)));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("text/calendar", answer.Content.Headers.ContentType?.MediaType);
        Assert.Equal(items.Count(i => i.DueDate is not null), calendar.Events.Count);
        Assert.Equal("Europe/Berlin", Assert.Single(calendar.TimeZones).TzId);
        // Berlin is UTC+2 until 26 Oct 2025, UTC+1 after: the same wall-clock time is an hour later in UTC.
        Assert.Equal(before.Slot!.Value.AddHours(-2), Event(calendar, before.Key).Start!.AsUtc);
        Assert.Equal(after.Slot!.Value.AddHours(-1), Event(calendar, after.Key).Start!.AsUtc);
        Assert.Equal("Europe/Berlin", Event(calendar, after.Key).Start!.TzId);
        Assert.Equal(after.SlotEnd!.Value.AddHours(-1), Event(calendar, after.Key).End!.AsUtc);
    }

    [Theory]
    [InlineData("America/Adak")]
    [InlineData("Europe/Berlin")]
    public async Task Feed_InTheMembersZone_PutsEverySlotAtItsInstant_ByTheFeedsOwnTimeZone_InSummerAndWinter(string id)
    {
        await using var server = await DashboardServer.StartAsync("004");
        Assert.Contains(id, await server.SendAsync("/timezone " + id), StringComparison.Ordinal);
        var link = await server.LinkAsync(command: "/calendar");
        using var http = new HttpClient();
        var zone = TimeZoneInfo.FindSystemTimeZoneById(id);

        var calendar = Calendar.Load(await http.GetStringAsync(link, Ct))!;
        var rules = new ZoneRules(Assert.Single(calendar.TimeZones, z => z.TzId == id));
        var slots = (await ItemsAsync(server)).Where(i => i.Slot is not null).ToList();

        Assert.True(rules.HasOnlyOnsets);
        // Seed 004 runs from 1 Oct to 7 Nov 2025: Berlin leaves summer time on 26 Oct, Adak on 2 Nov.
        Assert.Equal(2, slots.Select(i => zone.GetUtcOffset(i.Slot!.Value)).Distinct().Count());
        foreach (var item in slots)
        {
            var start = Event(calendar, item.Key).Start!;
            Assert.Equal(id, start.TzId);
            Assert.Equal(item.Slot!.Value, start.Value);
            Assert.Equal(TimeZoneInfo.ConvertTimeToUtc(item.Slot.Value, zone), rules.ToUtc(start.Value));
        }
    }

    [Fact]
    public async Task Feed_AfterPlanShift_MovesTheEventsAndKeepsTheirUids()
    {
        await using var server = await DashboardServer.StartAsync("004");
        var link = await server.LinkAsync(command: "/calendar");
        using var http = new HttpClient();
        var items = await ItemsAsync(server);
        var slot = items.Single(i => i.Key == FirstSlotOn(items, new DateTime(2025, 10, 28)));
        var first = Event(Calendar.Load(await http.GetStringAsync(link, Ct))!, slot.Key);

        Assert.Contains("shift", await server.SendAsync("/plan shift 2 days", "admin", admin: true), StringComparison.OrdinalIgnoreCase);
        var moved = Event(Calendar.Load(await http.GetStringAsync(link, Ct))!, slot.Key);

        Assert.Equal(first.Uid, moved.Uid);
        Assert.Equal(first.Start!.AsUtc.AddDays(2), moved.Start!.AsUtc);
    }

    [Fact]
    public async Task Feed_AfterAReimportMovesKeys_EachEventKeepsItsUid_AndAnAddedOneHasANewUid()
    {
        await using var server = await DashboardServer.StartAsync("004");
        var link = await server.LinkAsync(command: "/calendar");
        using var http = new HttpClient();
        var before = Calendar.Load(await http.GetStringAsync(link, Ct))!;
        var seed = await File.ReadAllTextAsync(Seeds.Path("004"), Ct);
        // 2 Oct loses its first item, so the three after it move up a key; a new one ends the day.
        var edited = seed.Replace("- ✅ 09:00–10:30: Python environments (venv/virtualenv): create, activate, per-project deps, freeze\n", "", StringComparison.Ordinal)
            .Replace("project layout for data tasks\n", "project layout for data tasks\n- 18:00–18:30: Review the day\n", StringComparison.Ordinal);

        Assert.Contains("pytest basics; test discovery, fixtures, parametrize; write 3 sample tests (was oct2.2)", await server.SendAsync("/import\n" + edited, "admin", admin: true), StringComparison.Ordinal);
        Assert.StartsWith("Roadmap replaced", await server.SendAsync("/import confirm", "admin", admin: true), StringComparison.Ordinal);
        var after = Calendar.Load(await http.GetStringAsync(link, Ct))!;

        Assert.Equal(before.Events.Count, after.Events.Count);
        foreach (var title in Titles(after).Intersect(Titles(before)))
            Assert.Equal(ByTitle(before, title).Uid, ByTitle(after, title).Uid);
        Assert.NotEqual(Event(before, "oct2.1").Uid, Event(after, "oct2.1").Uid);
        var added = ByTitle(after, "Review the day");
        Assert.DoesNotContain(added.Uid, before.Events.Select(e => e.Uid));
        Assert.Equal(after.Events.Count, after.Events.Select(e => e.Uid).Distinct().Count());
    }

    [Fact]
    public async Task Feed_WithAPublicUrl_GivesItsUidsThatHost()
    {
        await using var server = await DashboardServer.StartAsync("004", publicUrl: "https://Bot.Example.org:8443/roadmap/");
        var link = await server.LinkAsync(command: "/calendar");
        using var http = new HttpClient();

        var calendar = Calendar.Load(await http.GetStringAsync(link, Ct))!;

        Assert.NotEmpty(calendar.Events);
        Assert.All(calendar.Events, e => Assert.EndsWith("@bot.example.org", e.Uid, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Feed_AfterCalendarOff_IsGone()
    {
        await using var server = await DashboardServer.StartAsync("004");
        var link = await server.LinkAsync(command: "/calendar");
        await server.SendAsync("/calendar off", privately: true);
        using var http = new HttpClient();

        var answer = await http.GetAsync(link, Ct);

        Assert.Equal(HttpStatusCode.Gone, answer.StatusCode);
        Assert.Contains("/calendar</code>", await answer.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    internal static Ical.Net.CalendarComponents.CalendarEvent Event(Calendar calendar, string key) =>
        calendar.Events.Single(e => e.Summary!.Split(' ').Contains(key));

    // An event's item title, without the key and done mark its summary starts with.
    private static string TitleOf(Ical.Net.CalendarComponents.CalendarEvent e) => e.Summary!.TrimStart('✓', ' ').Split(' ', 2)[1];

    // The titles the calendar has once (a repeated title names no one event).
    private static IEnumerable<string> Titles(Calendar calendar) =>
        calendar.Events.GroupBy(TitleOf).Where(g => g.Count() == 1).Select(g => g.Key);

    private static Ical.Net.CalendarComponents.CalendarEvent ByTitle(Calendar calendar, string title) =>
        calendar.Events.Single(e => TitleOf(e) == title);

    private static string FirstSlotOn(IEnumerable<Core.Data.StoredItem> items, DateTime day) =>
        items.Where(i => i.Slot?.Date == day).OrderBy(i => i.Slot).First().Key;

    private static async Task<List<Core.Data.StoredItem>> ItemsAsync(DashboardServer server)
    {
        await using var db = server.Db();
        return await db.Items.AsNoTracking().ToListAsync(Ct);
    }
}
