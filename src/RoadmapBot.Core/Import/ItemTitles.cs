using System.Text.RegularExpressions;

namespace RoadmapBot.Core.Import;

/// <summary>When two items of one document are the same piece of work written twice, by their titles and their places in time.</summary>
internal static partial class ItemTitles
{
    [GeneratedRegex(@"^(?:week|day|module|unit|lesson|session|lecture|step|part)\s*(\d+)\s*[:.\-–—]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex SequenceLabel();

    /// <summary>Lower case, words only, without a leading "Week 2:" label the other copy gives as a column or heading.</summary>
    public static string Normal(string title)
    {
        var text = title.AsSpan().Trim();
        foreach (var label in SequenceLabel().EnumerateMatches(text))
        {
            text = text[label.Length..];
            break;
        }
        // Letters and digits lower-cased, every run of anything else one space between words: read in one pass, once per item.
        Span<char> words = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var apart = false;
        foreach (var c in text)
        {
            if (!char.IsLetter(c) && !char.IsDigit(c))
            {
                apart = length > 0;
                continue;
            }
            if (apart) words[length++] = ' ';
            apart = false;
            words[length++] = char.ToLowerInvariant(c);
        }
        return new string(words[..length]);
    }

    /// <summary>A title's first word: two titles <see cref="Same"/> finds alike always share it, so it narrows the search.</summary>
    public static string FirstWord(string normal) => normal.IndexOf(' ', StringComparison.Ordinal) is var space and >= 0 ? normal[..space] : normal;

    /// <summary>The item's number in the plan's sequence: its week, its row's number, or the "Week 2:" its title starts with.</summary>
    public static int? Sequence(ItemDraft item) =>
        item.Week ?? item.Day ?? (SequenceLabel().Match(item.Title.Trim()) is { Success: true } m ? Digits.Int(m.Groups[1].Value) : null);

    /// <summary>
    /// The same title, or one that goes on where the other stops ("Python basics" and "Python basics (variables, loops)",
    /// two words at least), and no week, day or date that tells them apart.
    /// </summary>
    /// <param name="normal">Each item's <see cref="Normal"/> title, worked out once per import by the caller.</param>
    public static bool Same(ItemDraft a, ItemDraft b, Func<ItemDraft, string> normal)
    {
        if (a.Week is { } wa && b.Week is { } wb && wa != wb || a.Date is { } da && b.Date is { } db && da != db) return false;
        var (x, y) = (normal(a), normal(b));
        if (x.Length == 0 || y.Length == 0) return false;
        if (x == y) return true;
        var (shorter, longer) = x.Length < y.Length ? (x, y) : (y, x);
        return shorter.Contains(' ', StringComparison.Ordinal) && longer.StartsWith(shorter + " ", StringComparison.Ordinal);
    }
}
