using RoadmapBot.Core.Import;

namespace RoadmapBot.Core.Tests.Import;

/// <summary>Titles of one document found alike by an index give the same answers as comparing every pair.</summary>
public sealed class ItemTitlesTests
{
    [Theory]
    [InlineData("python basics", "python basics", true)]
    [InlineData("python basics", "python basics variables loops", true)]
    [InlineData("python basics variables loops", "python basics", true)]
    [InlineData("python", "python basics", false)]       // one word going on is too little to call a copy
    [InlineData("learn topic 1", "learn topic 10", false)] // a prefix of the letters, not of the words
    [InlineData("", "", false)]
    public void Same_IsTheTitleOrOneOfTwoWordsOrMoreGoingOnWordForWord(string a, string b, bool same) =>
        Assert.Equal(same, ItemTitles.Same(Draft(a, 1), a, Draft(b, 2), b));

    [Fact]
    public void Same_ItemsOfDifferentWeeks_AreNotAlike()
    {
        var (a, b) = (Draft("sql joins", 1), Draft("sql joins", 2));
        (a.Week, b.Week) = (1, 2);

        Assert.False(ItemTitles.Same(a, "sql joins", b, "sql joins"));
    }

    [Fact]
    public void Index_FindsTheFirstAcceptedItemThatComparingEveryPairFinds()
    {
        var random = new Random(14);
        string[] words = ["learn", "topic", "sql", "1", "10", "joins", "python", "basics"];
        var titles = Enumerable.Range(0, 400)
            .Select(_ => string.Join(' ', Enumerable.Range(0, random.Next(0, 5)).Select(_ => words[random.Next(words.Length)])))
            .ToList();
        var drafts = titles.Select((t, i) => Draft(t, i + 1)).ToList();
        var index = new ItemTitles.Index(titles);

        for (var i = 0; i < titles.Count; i++)
        {
            // Some positions refused, as a dropped phase or item is: the index must go on to the next one alike.
            var refused = Enumerable.Range(0, titles.Count).Where(_ => random.Next(3) == 0).Append(i).ToHashSet();
            bool Accept(int p) => !refused.Contains(p) && ItemTitles.Same(drafts[i], titles[i], drafts[p], titles[p]);
            int? everyPair = Enumerable.Range(0, titles.Count).Where(Accept).Select(p => (int?)p).FirstOrDefault();

            Assert.Equal(everyPair, index.First(titles[i], Accept));
        }
    }

    private static ItemDraft Draft(string title, int line) => new() { Title = title, Line = line };
}
