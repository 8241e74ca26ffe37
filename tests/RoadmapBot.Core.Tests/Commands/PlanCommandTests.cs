using RoadmapBot.Core.Chat;

namespace RoadmapBot.Core.Tests.Commands;

/// <summary>/plan alone says where the dates come from; an import of undated weeks offers to start them. Today is Thu 15 Jan 2026.</summary>
public sealed class PlanCommandTests
{
    [Fact]
    public async Task ImportOfUndatedWeeks_SaysNothingIsDue_AndItsButtonsStartTodayOrNextMonday()
    {
        await using var bot = await TestBot.StartAsync();

        var reply = await bot.ReplyAsync("/import\n" + TestRoadmaps.FourWeeks);

        Assert.Contains("Its weeks have no dates yet, so nothing is due and nothing can fall behind.", reply.ToPlainText());
        Assert.Equal(["/plan start 2026-01-15", "/plan start 2026-01-19"], reply.Buttons.Select(b => b.Command).Where(c => c.StartsWith("/plan", StringComparison.Ordinal)));
        Assert.Contains(reply.Buttons, b => b.Label == "Start Mon 19 Jan");

        Assert.StartsWith("Plan starts Mon 19 Jan 2026. The last item is now due Sun 15 Feb 2026.", await bot.SendAsync("/plan start 2026-01-19"));
    }

    [Fact]
    public async Task ImportOfADatedPlan_OffersNoStart()
    {
        await using var bot = await TestBot.StartAsync();

        var reply = await bot.ReplyAsync("/import\n# Dated\n## Phase 1\n- [ ] Read the book (due 2026-02-01)\n");

        Assert.DoesNotContain("no dates yet", reply.ToPlainText());
        Assert.DoesNotContain(reply.Buttons, b => b.Command.StartsWith("/plan", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PlanAlone_SaysWhereTheDatesComeFrom_BeforeAndAfterAStartAndAShift()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.FourWeeks);

        Assert.Equal("Weeks have no dates yet: set the first day with /plan start YYYY-MM-DD.\nChange it with /plan start DATE or /plan shift N days|weeks.",
            await bot.SendAsync("/plan"));

        await bot.SendAsync("/plan start 2026-01-05");
        Assert.StartsWith("Plan started Mon 5 Jan 2026.\nThe last item is due Sun 1 Feb 2026.", await bot.SendAsync("/plan"));

        await bot.SendAsync("/plan shift 2 weeks");
        Assert.StartsWith("Plan starts Mon 19 Jan 2026 (Mon 5 Jan 2026 moved 14 days later).\nThe last item is due Sun 15 Feb 2026.", await bot.SendAsync("/plan"));
        Assert.Contains("Plan starts Mon 19 Jan 2026 (Mon 5 Jan 2026 moved 14 days later).", await bot.SendAsync("/roadmap"));
    }

    [Fact]
    public async Task PlanAlone_InAGroup_IsForEveryone_AndSaysAnAdminChangesIt()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.FourWeeks, "club", group: true);
        await bot.SendAsync("/plan start 2026-01-05", "ann", "club", group: true, platformAdmin: true);

        var reply = await bot.SendAsync("/plan", "bob", "club", group: true);

        Assert.StartsWith("Plan started Mon 5 Jan 2026.", reply);
        Assert.EndsWith("An admin changes it with /plan start DATE or /plan shift N days|weeks.", reply);
    }
}
