using Microsoft.EntityFrameworkCore;

namespace RoadmapBot.Core.Tests.Commands;

/// <summary>The member sees the numbered outline of what was read and moves sections between plan and reference.</summary>
public sealed class ImportOutlineTests
{
    private const string Course = """
        # Course

        ## Schedule

        ### Week 1
        - Read chapter 1
        - Set up the tools

        ### Week 2
        - Build the app

        ## Resources
        - [The Book](https://example.org/book)
        - Flask Web Development (Miguel Grinberg)

        ## Extra practice
        - Solve ten katas
        """;

    [Fact]
    public async Task Import_RepliesWithTheNumberedOutline_PlanWithCountsAndReferenceSkipped()
    {
        await using var bot = await TestBot.StartAsync();

        var reply = await bot.SendAsync("/import\n" + Course);

        Assert.Contains("2. Week 1: 2 items", reply);
        Assert.Contains("3. Week 2: 1 item", reply);
        Assert.Contains("4. Resources: reference, skipped", reply);
        Assert.Contains("/import include N", reply);
    }

    [Fact]
    public async Task Outline_OfAHundredSections_ComesInPages_EachNamingTheCommandForTheNext()
    {
        await using var bot = await TestBot.StartAsync();
        var reply = await bot.SendAsync("/import\n# Long\n" + string.Concat(Enumerable.Range(1, 100).Select(n => $"## Week {n}\n- Task {n}\n")));

        Assert.Contains("15. Week 15: 1 item", reply);
        Assert.Contains("… and /import outline 16 lists the other 85", reply);
        var first = await bot.SendAsync("/import outline");
        Assert.Contains("… and /import outline 61 lists the other 40", first);
        var second = await bot.SendAsync("/import outline 61");
        Assert.StartsWith("What I read", second);
        Assert.Contains("61. Week 61: 1 item", second);
        Assert.Contains("100. Week 100: 1 item", second);
        Assert.DoesNotContain("60. Week 60", second);
        Assert.DoesNotContain("… and", second);
    }

    [Fact]
    public async Task Roadmap_ShowsTheReferenceSectionsAsResources()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(Course);

        var roadmap = await bot.SendAsync("/roadmap");

        Assert.Contains("Resources", roadmap);
        Assert.Contains("The Book: https://example.org/book", roadmap);
        Assert.Contains("Flask Web Development (Miguel Grinberg)", roadmap);
    }

    [Fact]
    public async Task IncludeAndExclude_ReReadTheRoadmap_AndTheChoiceSurvivesAReimport()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(Course);

        var included = await bot.SendAsync("/import include 5");
        var excluded = await bot.SendAsync("/import exclude Week 2");
        await bot.SendAsync("/import\n" + Course.Replace("- Set up the tools", "- Set up the tools\n- Write notes"));
        await bot.SendAsync("/import confirm");
        await using var db = bot.Db();
        var tasks = await db.Items.Select(i => i.Title).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Contains("Extra practice", included);
        Assert.Contains("5. Extra practice: 1 item", included);
        Assert.Contains("3. Week 2: reference, skipped", excluded);
        Assert.Contains("Solve ten katas", tasks);
        Assert.Contains("Write notes", tasks);
        Assert.DoesNotContain("Build the app", tasks);
    }

    [Fact]
    public async Task Include_UnknownSection_SaysWhichNumbersThereAre()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(Course);

        Assert.Equal("There is no section 9: the outline numbers them 1–5 (/import outline shows it).", await bot.SendAsync("/import include 9"));
    }
}
