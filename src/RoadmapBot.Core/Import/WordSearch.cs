using System.Buffers;
using System.Text;

namespace RoadmapBot.Core.Import;

/// <summary>
/// Words looked for in any case anywhere in a text, in one search, before a pattern is run on it. Words beyond ASCII are
/// looked for only in text beyond ASCII: their case-insensitive search is several times slower, and no other text holds them.
/// </summary>
internal sealed class WordSearch
{
    private readonly SearchValues<string> _ascii;
    private readonly SearchValues<string>? _other;

    public WordSearch(IEnumerable<string> words)
    {
        var all = words.ToList();
        _ascii = SearchValues.Create([.. all.Where(w => Ascii.IsValid(w))], StringComparison.OrdinalIgnoreCase);
        var other = all.Where(w => !Ascii.IsValid(w)).ToArray();
        _other = other.Length > 0 ? SearchValues.Create(other, StringComparison.OrdinalIgnoreCase) : null;
    }

    /// <summary>Whether any of the words is in the text, even inside a longer word.</summary>
    public bool In(ReadOnlySpan<char> text) => text.ContainsAny(_ascii) || _other is not null && !Ascii.IsValid(text) && text.ContainsAny(_other);
}
