using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Tests.Commands;

namespace RoadmapBot.Core.Tests.Storing;

/// <summary>An item's calendar identity is the item's: it follows the item through re-imports as its progress does, and a new item gets one no item has had.</summary>
public sealed class RoadmapStoreTests
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    // Week 1 without its first item: the two after it move up a key (w1.2 → w1.1, w1.3 → w1.2), and a new one takes w1.3.
    private static readonly string FirstItemRemoved = TestRoadmaps.FourWeeks
        .Replace("- Read chapter one\n", "", StringComparison.Ordinal)
        .Replace("- Write a summary\n", "- Write a summary\n- Review the notes\n", StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task Create_GivesEveryItemItsOwnCalendarId(StorageProvider provider)
    {
        await using var bot = await TestBot.StartAsync(provider);
        await bot.ImportAsync(TestRoadmaps.FourWeeks);

        var items = await ItemsAsync(bot);

        Assert.All(items, i => Assert.False(string.IsNullOrWhiteSpace(i.CalendarId)));
        Assert.Equal(items.Count, items.Select(i => i.CalendarId).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task Replace_WhenARemovalMovesKeys_EachItemKeepsItsCalendarId(StorageProvider provider)
    {
        await using var bot = await TestBot.StartAsync(provider);
        await bot.ImportAsync(TestRoadmaps.FourWeeks);
        var before = await ItemsAsync(bot);

        Assert.Contains("• w1.1 Do the exercises (was w1.2)", await bot.SendAsync("/import\n" + FirstItemRemoved));
        await bot.SendAsync("/import confirm");
        var after = await ItemsAsync(bot);

        foreach (var title in new[] { "Do the exercises", "Write a summary", "Read chapter two", "Test the loader" })
            Assert.Equal(Single(before, title).CalendarId, Single(after, title).CalendarId);
        Assert.Equal("w1.1", Single(after, "Do the exercises").Key);
        Assert.NotEqual(Single(before, "Read chapter one").CalendarId, Single(after, "Do the exercises").CalendarId);
    }

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task Replace_AnAddedItem_GetsACalendarIdNoItemHasHad(StorageProvider provider)
    {
        await using var bot = await TestBot.StartAsync(provider);
        await bot.ImportAsync(TestRoadmaps.FourWeeks);
        var before = await ItemsAsync(bot);

        await bot.SendAsync("/import\n" + FirstItemRemoved);
        await bot.SendAsync("/import confirm");
        var added = Single(await ItemsAsync(bot), "Review the notes");

        Assert.Equal("w1.3", added.Key);  // the key "Write a summary" had
        Assert.DoesNotContain(added.CalendarId, before.Select(i => i.CalendarId));
    }

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task Undo_OfAReimport_PutsBackEachItemsCalendarId(StorageProvider provider)
    {
        await using var bot = await TestBot.StartAsync(provider);
        await bot.ImportAsync(TestRoadmaps.FourWeeks);
        var before = await ItemsAsync(bot);
        await bot.SendAsync("/import\n" + FirstItemRemoved);
        await bot.SendAsync("/import confirm");

        await bot.SendAsync("/undo");

        Assert.Equal(before.Select(i => (i.Key, i.CalendarId)), (await ItemsAsync(bot)).Select(i => (i.Key, i.CalendarId)));
    }

    private static StoredItem Single(IEnumerable<StoredItem> items, string title) => items.Single(i => i.Title == title);

    private static async Task<List<StoredItem>> ItemsAsync(TestBot bot)
    {
        await using var db = bot.Db();
        return await db.Items.AsNoTracking().OrderBy(i => i.Order).ToListAsync(Ct);
    }
}
