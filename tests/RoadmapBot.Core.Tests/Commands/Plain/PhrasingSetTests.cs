using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Commands.Plain;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Tests.Commands;

namespace RoadmapBot.Core.Tests.Commands.Plain;

/// <summary>The phrasing set (Fixtures/phrasings.txt) read against seed 000 on Thu 15 Jan 2026.</summary>
public sealed class PhrasingSetTests
{
    private static readonly DateOnly Today = new(2026, 1, 15);

    internal static async Task<PlainVocabulary> Seed000VocabularyAsync()
    {
        await using var bot = await TestBot.StartAsync();
        var reply = await bot.ReplyAsync("/import", attachments: new ChatAttachment("roadmap.md", File.ReadAllBytes(Seeds.Path("000"))));
        Assert.StartsWith("Imported", reply.ToPlainText());
        await using var db = bot.Db();
        var space = await db.Spaces.SingleAsync(TestContext.Current.CancellationToken);
        var view = await RoadmapView.LoadAsync(db, space.Id, TestContext.Current.CancellationToken);
        return PlainVocabulary.Of(view!);
    }

    [Fact]
    public void PhrasingSet_HasAtLeast200Phrasings_IncludingNonLogs()
    {
        var set = Phrasing.Load();

        Assert.True(set.Count >= 200, $"{set.Count} phrasings");
        Assert.True(set.Count(p => p.Expected.Count == 0) >= 30, "at least 30 messages that are no log");
        Assert.True(set.Count(p => p.Expected.Count > 1) >= 20, "at least 20 messages with several actions");
    }

    [Fact]
    public async Task PhrasingSet_AtLeast95PercentReadExactly_AndNoneAppliedSilentlyWrong()
    {
        var score = Phrasing.Score(Phrasing.Load(), await Seed000VocabularyAsync(), Today);

        score.Report("Phrasing set");
        Assert.True(score.SilentlyWrong.Count == 0, "Applied silently with a wrong action:\n" + string.Join('\n', score.SilentlyWrong));
        Assert.True(score.Exact >= 0.95 * score.Count, $"Read exactly {score.Exact}/{score.Count}; misread:\n" + string.Join('\n', score.Misread));
    }
}
