using RoadmapBot.Core.Data;

namespace RoadmapBot.Core.Commands.Plain;

/// <summary>Items named in a plain message: by key ("t5", "t1-t3", "task 5"), or by the words of one title ("the pandas task").</summary>
public static class PlainItems
{
    /// <summary>The items <paramref name="word"/> names as a key or a range; empty when it names none.</summary>
    public static IReadOnlyList<StoredItem> ByKey(string word, PlainVocabulary vocabulary)
    {
        if (!word.Any(char.IsDigit) || !word.Any(char.IsLetter))
            return [];
        var lookup = ItemKeys.Resolve([word], vocabulary.View);
        return lookup.Error is null && lookup.Unknown.Count == 0 ? lookup.Items : [];
    }

    /// <summary>"task 5" for the item keyed t5, when there is one.</summary>
    public static StoredItem? ByTaskNumber(string word, string number, PlainVocabulary vocabulary) =>
        word is "task" or "item" && number.All(char.IsLetterOrDigit) && number.Any(char.IsDigit) ? vocabulary.Item("t" + number) : null;

    /// <summary>The one item whose title shares the most of <paramref name="words"/>, when no other shares as many.</summary>
    public static StoredItem? ByTitle(IEnumerable<string> words, PlainVocabulary vocabulary)
    {
        var wanted = words.Where(w => w.Length >= 3 && !PlainWords.Filler.Contains(w) && !PlainWords.Status.ContainsKey(w))
            .Select(PlainVocabulary.Stem).ToHashSet();
        if (wanted.Count == 0)
            return null;
        var scored = vocabulary.View.Items
            .Select(item => (Item: item, Score: PlainVocabulary.TitleWords(item.Title).Select(PlainVocabulary.Stem).Distinct().Count(wanted.Contains)))
            .Where(s => s.Score > 0)
            .OrderByDescending(s => s.Score)
            .Take(2)
            .ToList();
        return scored.Count == 1 || (scored.Count == 2 && scored[0].Score > scored[1].Score) ? scored[0].Item : null;
    }
}
