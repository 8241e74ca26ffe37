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
        var vocabulary = await Seed000VocabularyAsync();
        var set = Phrasing.Load();
        var misread = new List<string>();
        var silentlyWrong = new List<string>();

        foreach (var phrasing in set)
        {
            var reading = PlainReader.Read(phrasing.Message, vocabulary, Today);
            var actual = reading.Actions.Select(a => a.Command).ToList();
            if (actual.Order().SequenceEqual(phrasing.Expected.Order()))
                continue;
            var line = $"line {phrasing.Line}: “{phrasing.Message}” expected [{string.Join("; ", phrasing.Expected)}], read [{string.Join("; ", actual)}]{(reading.Certain ? " (certain)" : "")}";
            misread.Add(line);
            if (reading.Certain && actual.Count > 0)
                silentlyWrong.Add(line);
        }

        var exact = set.Count - misread.Count;
        TestContext.Current.TestOutputHelper?.WriteLine($"Read exactly: {exact}/{set.Count} ({100.0 * exact / set.Count:F1} %); applied silently with a wrong action: {silentlyWrong.Count}");
        foreach (var line in misread)
            TestContext.Current.TestOutputHelper?.WriteLine(line);
        Assert.True(silentlyWrong.Count == 0, "Applied silently with a wrong action:\n" + string.Join('\n', silentlyWrong));
        Assert.True(exact >= 0.95 * set.Count, $"Read exactly {exact}/{set.Count}; misread:\n" + string.Join('\n', misread));
    }
}
