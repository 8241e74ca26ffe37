namespace RoadmapBot.Core.Tests.Commands.Plain;

/// <summary>Phrasings written after the reader (Fixtures/phrasings-held-out.txt): none may be applied silently wrong; the rate is reported.</summary>
public sealed class HeldOutPhrasingTests
{
    [Fact]
    public async Task HeldOutPhrasings_NoneAppliedSilentlyWrong()
    {
        var score = Phrasing.Score(Phrasing.Load("phrasings-held-out.txt"), await PhrasingSetTests.Seed000VocabularyAsync(), new DateOnly(2026, 1, 15));

        score.Report("Held out");
        Assert.True(score.Count >= 50, $"{score.Count} held-out phrasings");
        Assert.True(score.SilentlyWrong.Count == 0, "Applied silently with a wrong action:\n" + string.Join('\n', score.SilentlyWrong));
    }
}
