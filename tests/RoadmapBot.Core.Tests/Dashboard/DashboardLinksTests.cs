using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Dashboard;
using RoadmapBot.Core.Tests.Commands;

namespace RoadmapBot.Core.Tests.Dashboard;

/// <summary>The key that signs links: made once in the shared database and used by every instance, or the configured one.</summary>
public sealed class DashboardLinksTests
{
    private static async Task<LinkVerdict> CheckAsync(TestBot bot, (long MemberId, string Token) link)
    {
        await using var db = bot.Db();
        return (await bot.Get<DashboardLinks>().CheckAsync(db, link.MemberId, link.Token, LinkKind.Dashboard, TestContext.Current.CancellationToken)).Verdict;
    }

    [Fact]
    public async Task GeneratedKey_IsStoredInTheDatabase_AndASecondInstanceOpensTheFirstOnesLinks()
    {
        await using var first = await WebLinkCommandTests.StartAsync();
        var link = WebLinkCommandTests.LinkOf(await first.ReplyAsync("/dashboard"));
        await using var second = await TestBot.StartAsync(TestStore.Sqlite(first.Path),
            new Dictionary<string, string?> { ["RoadmapBot:Http:PublicUrl"] = WebLinkCommandTests.PublicUrl });

        await using (var db = first.Db())
            Assert.Equal(1, await db.SharedSecrets.CountAsync(s => s.Name == DashboardLinks.SecretName, TestContext.Current.CancellationToken));
        Assert.Equal(LinkVerdict.Valid, await CheckAsync(second, link));
    }

    [Fact]
    public async Task ConfiguredSigningKey_SignsTheLinks_AndAnotherKeyRefusesThem()
    {
        var store = await TestStore.CreateAsync(StorageProvider.Sqlite);
        await using var keyed = await TestBot.StartAsync(store, new Dictionary<string, string?>
        {
            ["RoadmapBot:Http:PublicUrl"] = WebLinkCommandTests.PublicUrl, ["RoadmapBot:Http:SigningKey"] = new string('k', 40),
        });
        var link = WebLinkCommandTests.LinkOf(await keyed.ReplyAsync("/dashboard"));
        await using (var db = keyed.Db())
            Assert.False(await db.SharedSecrets.AnyAsync(s => s.Name == DashboardLinks.SecretName, TestContext.Current.CancellationToken));
        await using var generated = await TestBot.StartAsync(TestStore.Sqlite(keyed.Path));

        Assert.Equal(LinkVerdict.Valid, await CheckAsync(keyed, link));
        Assert.Equal(LinkVerdict.Invalid, await CheckAsync(generated, link));
    }

    [Theory]
    [InlineData("400 Bad Request: inline keyboard button URL 'webcal://bot.example.org/calendar/1/Yy4xLjAuMTc5NjQ2NDgwOQ._i1rbVekMGn5hnJrVckTQg.ics' is invalid",
        "400 Bad Request: inline keyboard button URL 'webcal://bot.example.org/calendar/1/***.ics' is invalid")]
    [InlineData("/dashboard/12/ZC4xLjAu.abc-_x/kanban?said=moved", "/dashboard/12/***/kanban?said=moved")]
    [InlineData("see https://h/dashboard/3/a.b.c and https://h/calendar/4/d.e.ics.", "see https://h/dashboard/3/*** and https://h/calendar/4/***.ics.")]
    [InlineData("/dashboard/assets/site.css", "/dashboard/assets/site.css")]
    public void Redact_CutsEveryLinkTokenOutOfAText(string text, string redacted) =>
        Assert.Equal(redacted, DashboardLinks.Redact(text));
}
