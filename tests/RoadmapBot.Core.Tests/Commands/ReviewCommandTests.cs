using RoadmapBot.Core.Tests.Reminders;

namespace RoadmapBot.Core.Tests.Commands;

public sealed class ReviewCommandTests
{
    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task Review_NextWeek_ShowsLastWeeksAnswersShortened_AndAFreshForm(StorageProvider provider)
    {
        await using var bot = await TestBot.StartAsync(provider);
        await MessageBench.ImportSeedAsync(bot, "000");
        var blockers = "waiting for the dataset; " + string.Concat(Enumerable.Repeat("more detail ", 30));
        await bot.SendAsync("/review 1 shipped the ETL project");
        await bot.SendAsync($"/review 4 {blockers}");
        bot.Time.Advance(TimeSpan.FromDays(7));

        var reply = await bot.ReplyAsync("/review");

        var text = reply.ToPlainText();
        Assert.StartsWith("Weekly review — week of Mon 19 Jan", text);
        Assert.Contains("• 1. Completed This Week (not answered)", text);
        Assert.Contains("Last week (week of Mon 12 Jan)\n• 1. Completed This Week — shipped the ETL project\n• 4. Blockers/Challenges — waiting for the dataset; more detail", text);
        var shortened = text.Split('\n').Single(l => l.StartsWith("• 4. Blockers/Challenges — ", StringComparison.Ordinal));
        Assert.EndsWith("…", shortened);
        Assert.True(shortened.Length < blockers.Length, shortened);
        Assert.All(reply.Form!.Questions, q => Assert.Null(q.Answer));
    }

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task Review_WithNothingAnsweredLastWeek_HasNoLastWeekSection(StorageProvider provider)
    {
        await using var bot = await TestBot.StartAsync(provider);
        await MessageBench.ImportSeedAsync(bot, "000");
        await bot.SendAsync("/review 1 this week only");

        var reply = await bot.SendAsync("/review");

        Assert.Contains("• 1. Completed This Week — this week only", reply);
        Assert.DoesNotContain("Last week", reply);
    }
}
