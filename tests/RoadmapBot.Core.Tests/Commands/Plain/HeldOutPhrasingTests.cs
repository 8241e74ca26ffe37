namespace RoadmapBot.Core.Tests.Commands.Plain;

/// <summary>
/// Phrasings written after the reader, by someone who had not read it (Fixtures/phrasings-held-out*.txt): none may be
/// applied silently wrong; the rate is reported.
/// </summary>
public sealed class HeldOutPhrasingTests
{
    [Theory]
    [InlineData("phrasings-held-out.txt", 50)]
    [InlineData("phrasings-held-out-2.txt", 75)]
    public async Task HeldOutPhrasings_NoneAppliedSilentlyWrong(string file, int atLeast)
    {
        var score = Phrasing.Score(Phrasing.Load(file), await PhrasingSetTests.Seed000VocabularyAsync(), new DateOnly(2026, 1, 15));

        score.Report("Held out " + file);
        Assert.True(score.Count >= atLeast, $"{score.Count} held-out phrasings");
        Assert.True(score.SilentlyWrong.Count == 0, "Applied silently with a wrong action:\n" + string.Join('\n', score.SilentlyWrong));
    }
}
