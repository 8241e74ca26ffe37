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

    /// <summary>The item's number in the plan's sequence: its week, its row's number, or the "Week 2:" its title starts with.</summary>
    public static int? Sequence(ItemDraft item) =>
        item.Week ?? item.Day ?? (SequenceLabel().Match(item.Title.Trim()) is { Success: true } m ? Digits.Int(m.Groups[1].Value) : null);

    /// <summary>
    /// The same title, or one that goes on where the other stops ("Python basics" and "Python basics (variables, loops)",
    /// two words at least), and no week, day or date that tells them apart.
    /// </summary>
    /// <param name="aTitle">a's <see cref="Normal"/> title, worked out once per import by the caller; so is <paramref name="bTitle"/>.</param>
    public static bool Same(ItemDraft a, string aTitle, ItemDraft b, string bTitle)
    {
        if (a.Week is { } wa && b.Week is { } wb && wa != wb || a.Date is { } da && b.Date is { } db && da != db) return false;
        if (aTitle.Length == 0 || bTitle.Length == 0) return false;
        if (aTitle == bTitle) return true;
        var (shorter, longer) = aTitle.Length < bTitle.Length ? (aTitle, bTitle) : (bTitle, aTitle);
        return shorter.Contains(' ') && GoesOnFrom(longer, shorter);
    }

    // Normal titles are words one space apart, so one goes on from another when it starts with it and a space follows.
    private static bool GoesOnFrom(string longer, string shorter) =>
        longer.Length > shorter.Length && longer[shorter.Length] == ' ' && longer.StartsWith(shorter, StringComparison.Ordinal);

    /// <summary>Where a normal title of two words or more could stop for a shorter one it goes on from: before each space but the first.</summary>
    private static IEnumerable<int> ShorterTitleEnds(string title)
    {
        var first = title.IndexOf(' ');
        for (var end = first < 0 ? -1 : title.IndexOf(' ', first + 1); end >= 0; end = title.IndexOf(' ', end + 1))
            yield return end;
    }

    /// <summary>
    /// Normal titles by position, to find the first item <see cref="Same"/> could call alike without comparing every pair: a
    /// roadmap of 4,000 "Learn topic N" items would otherwise compare each with all.
    /// </summary>
    public sealed class Index
    {
        // The first position of each title, each position's next one of the same title (-1: none), and the titles in ordinal
        // order, where those going on from one title ("x y …" after "x y") lie together.
        private readonly Dictionary<string, int> _first = new(StringComparer.Ordinal);
        private readonly int[] _next;
        private readonly string[] _sorted;

        public Index(IReadOnlyList<string> titles)
        {
            _next = new int[titles.Count];
            for (var i = titles.Count - 1; i >= 0; i--)
            {
                var title = titles[i];
                _next[i] = _first.TryGetValue(title, out var next) ? next : -1;
                if (title.Length > 0) _first[title] = i;
            }
            _sorted = [.. _first.Keys];
            Array.Sort(_sorted, StringComparer.Ordinal);
        }

        /// <summary>The first position whose title is this one, one it goes on from or one going on from it, that <paramref name="accept"/> takes.</summary>
        public int? First(string title, Func<int, bool> accept)
        {
            var best = int.MaxValue;
            void Consider(int position)
            {
                for (; position >= 0 && position < best; position = _next[position])
                {
                    if (accept(position)) { best = position; return; }
                }
            }
            if (title.Length == 0) return null;
            var first = _first.GetAlternateLookup<ReadOnlySpan<char>>();
            Consider(_first.TryGetValue(title, out var whole) ? whole : -1);
            foreach (var end in ShorterTitleEnds(title))
                Consider(first.TryGetValue(title.AsSpan(0, end), out var shorter) ? shorter : -1);
            if (title.Contains(' '))
            {
                var start = title + " ";
                var at = Array.BinarySearch(_sorted, start, StringComparer.Ordinal);
                for (var i = at < 0 ? ~at : at; i < _sorted.Length && _sorted[i].StartsWith(start, StringComparison.Ordinal); i++)
                    Consider(_first[_sorted[i]]);
            }
            return best == int.MaxValue ? null : best;
        }
    }
}
