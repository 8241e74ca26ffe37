using Markdig;
using Markdig.Syntax;
using RoadmapBot.Core.Import;

namespace RoadmapBot.Core.Tests.Import;

/// <summary>Blocks and drafts kept as keys are told apart by identity alone, however their places in the text compare.</summary>
public sealed class SameObjectTests
{
    [Fact]
    public void Blocks_ThatStartAtOnePlace_AreStillTwoKeys()
    {
        // A list and its first entry start at the same character.
        var list = Markdown.Parse("- a\n- b\n").OfType<ListBlock>().Single();
        var entry = (Block)list[0];
        Assert.Equal(list.Span.Start, entry.Span.Start);

        var keys = new HashSet<Block>(SameObject.Comparer) { list, entry };

        Assert.Equal(2, keys.Count);
        Assert.False(SameObject.Comparer.Equals(list, entry));
    }

    [Fact]
    public void Drafts_OnOneLine_AreStillTwoKeys_AndEachFindsItself()
    {
        ItemDraft first = new() { Title = "Read", Line = 3 }, second = new() { Title = "Read", Line = 3 };
        var keys = new HashSet<object>(SameObject.Comparer) { first, second, new PhaseDraft(1, "Phase", 3) };

        Assert.Equal(3, keys.Count);
        Assert.Contains(first, keys);
        Assert.DoesNotContain(new ItemDraft { Title = "Read", Line = 3 }, keys);
    }
}
