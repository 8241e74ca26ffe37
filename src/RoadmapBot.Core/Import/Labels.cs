namespace RoadmapBot.Core.Import;

/// <summary>
/// The labels of property lines ("Priority", "Hours", "Skills"), one string each per thread: a long plan repeats the same
/// few on every task, and each would otherwise be a new string.
/// </summary>
internal static class Labels
{
    private const int Most = 512;

    [ThreadStatic]
    private static Dictionary<string, string>? _seen;

    public static string Of(ReadOnlySpan<char> label)
    {
        var seen = _seen ??= new Dictionary<string, string>(StringComparer.Ordinal);
        if (seen.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(label, out var known)) return known;
        // A document of ever-new labels must not grow the set without end.
        if (seen.Count >= Most) seen.Clear();
        var text = label.ToString();
        seen[text] = text;
        return text;
    }
}
