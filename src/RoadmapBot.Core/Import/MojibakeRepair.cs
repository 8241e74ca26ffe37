using System.Text;

namespace RoadmapBot.Core.Import;

/// <summary>Undoes UTF-8 text that was once decoded as Mac Roman (or Windows-1252) and saved again.</summary>
internal static class MojibakeRepair
{
    // Pairs that only appear when UTF-8 lead bytes were read as single-byte characters.
    private static readonly string[] MacRomanTells = ["‚Ä", "‚Ü", "Ô∏", "üè", "üì", "üö", "üî", "üí", "√©", "√®", "√†", "‚Ç", "‚Ä¢"];
    private static readonly string[] Windows1252Tells = ["â€", "Ã©", "Ã¨", "Ã ", "ðŸ"];

    // The tells' first characters, Latin-1 ones apart: a Latin-1 set is searched by bitmap, a mixed one character by character.
    private static readonly System.Buffers.SearchValues<char> Latin1FirstCharacters = System.Buffers.SearchValues.Create(FirstCharacters(latin1: true));

    private static readonly char[] OtherFirstCharacters = FirstCharacters(latin1: false).ToCharArray();

    static MojibakeRepair() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The text, repaired when it was garbled (<paramref name="encodingName"/> says as what); else whether it still looks garbled.</summary>
    public static string Check(string text, out string? encodingName, out bool looksBroken)
    {
        var tells = CountTells(text);
        var broken = BrokenAs(text, tells);
        encodingName = broken?.Name;
        looksBroken = broken is null && tells is (> 0, _) or (_, > 0);
        return broken?.Repaired ?? text;
    }

    /// <summary>Writes <paramref name="text"/> garbled the way <paramref name="like"/> is, so adding it keeps <paramref name="like"/> repairable.</summary>
    public static string GarbleLike(string text, string like) =>
        BrokenAs(like, CountTells(like)) is { } broken ? Encoding.GetEncoding(broken.CodePage).GetString(Encoding.UTF8.GetBytes(text)) : text;

    private static (int CodePage, string Name, string Repaired)? BrokenAs(string text, (int MacRoman, int Windows1252) tells)
    {
        if (tells.MacRoman > 0 && TryRoundTrip(text, 10000, out var macRoman) && CountTells(macRoman).MacRoman < tells.MacRoman)
            return (10000, "Mac Roman", macRoman);
        if (tells.Windows1252 > 0 && TryRoundTrip(text, 1252, out var windows1252) && CountTells(windows1252).Windows1252 < tells.Windows1252)
            return (1252, "Windows-1252", windows1252);
        return null;
    }

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

    // One pass: each tell is looked for only where one of their first characters is (rare in clean text).
    private static (int MacRoman, int Windows1252) CountTells(string text)
    {
        var (macRoman, windows1252) = (0, 0);
        var span = text.AsSpan();
        for (var at = Next(span, -1); at >= 0; at = Next(span, at))
        {
            var rest = span[at..];
            foreach (var tell in MacRomanTells)
                if (rest.StartsWith(tell, StringComparison.Ordinal)) macRoman++;
            foreach (var tell in Windows1252Tells)
                if (rest.StartsWith(tell, StringComparison.Ordinal)) windows1252++;
        }
        return (macRoman, windows1252);
    }

    private static int Next(ReadOnlySpan<char> span, int at)
    {
        var rest = span[(at + 1)..];
        var latin1 = rest.IndexOfAny(Latin1FirstCharacters);
        var other = (latin1 < 0 ? rest : rest[..latin1]).IndexOfAny(OtherFirstCharacters);
        var next = other >= 0 ? other : latin1;
        return next >= 0 ? at + 1 + next : -1;
    }

    // A loop, not LINQ over chars: those instantiations are compiled at run time, on the one-shot import's first call (issue 20).
    private static string FirstCharacters(bool latin1)
    {
        var firsts = "";
        foreach (var tell in MacRomanTells.Concat(Windows1252Tells))
            if (tell[0] <= '\u00FF' == latin1 && !firsts.Contains(tell[0], StringComparison.Ordinal)) firsts += tell[0];
        return firsts;
    }
}
