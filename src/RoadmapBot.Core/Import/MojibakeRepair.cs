using System.Text;

namespace RoadmapBot.Core.Import;

/// <summary>Undoes UTF-8 text that was once decoded as Mac Roman (or Windows-1252) and saved again.</summary>
internal static class MojibakeRepair
{
    // Pairs that only appear when UTF-8 lead bytes were read as single-byte characters.
    private static readonly string[] MacRomanTells = ["‚Ä", "‚Ü", "Ô∏", "üè", "üì", "üö", "üî", "üí", "√©", "√®", "√†", "‚Ç", "‚Ä¢"];
    private static readonly string[] Windows1252Tells = ["â€", "Ã©", "Ã¨", "Ã ", "ðŸ"];

    private static readonly System.Buffers.SearchValues<char> FirstCharacters =
        System.Buffers.SearchValues.Create(string.Concat(MacRomanTells.Concat(Windows1252Tells).Select(t => t[0]).Distinct()));

    static MojibakeRepair() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static bool TryRepair(string text, out string repaired, out string encodingName)
    {
        var broken = BrokenAs(text);
        (repaired, encodingName) = broken is { } b ? (b.Repaired, b.Name) : (text, "");
        return broken is not null;
    }

    /// <summary>Writes <paramref name="text"/> garbled the way <paramref name="like"/> is, so adding it keeps <paramref name="like"/> repairable.</summary>
    public static string GarbleLike(string text, string like) =>
        BrokenAs(like) is { } broken ? Encoding.GetEncoding(broken.CodePage).GetString(Encoding.UTF8.GetBytes(text)) : text;

    private static (int CodePage, string Name, string Repaired)? BrokenAs(string text)
    {
        foreach (var (codePage, tells, name) in new[] { (10000, MacRomanTells, "Mac Roman"), (1252, Windows1252Tells, "Windows-1252") })
        {
            var before = CountTells(text, tells);
            if (before > 0 && TryRoundTrip(text, codePage, out var candidate) && CountTells(candidate, tells) < before)
                return (codePage, name, candidate);
        }
        return null;
    }

    public static bool LooksBroken(string text) => CountTells(text, MacRomanTells) + CountTells(text, Windows1252Tells) > 0;

    private static bool TryRoundTrip(string text, int codePage, out string result)
    {
        result = text;
        try
        {
            var legacy = Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            var bytes = legacy.GetBytes(text);
            result = new UTF8Encoding(false, true).GetString(bytes);
            return true;
        }
        catch (Exception e) when (e is EncoderFallbackException or DecoderFallbackException)
        {
            return false;
        }
    }

    private static int CountTells(string text, string[] tells)
    {
        if (text.AsSpan().IndexOfAny(FirstCharacters) < 0) return 0;
        var count = 0;
        foreach (var tell in tells)
            for (var i = text.IndexOf(tell, StringComparison.Ordinal); i >= 0; i = text.IndexOf(tell, i + tell.Length, StringComparison.Ordinal))
                count++;
        return count;
    }
}
