namespace RoadmapBot.Core.Import;

/// <summary>Whether a document opens with YAML front matter, or with a "---" rule above Markdown that only looks like its start.</summary>
internal static class FrontMatter
{
    /// <summary>True unless the text opens with "---" and what follows, up to the next "---", has a Markdown heading or no "key:" line.</summary>
    public static bool MayOpen(string text)
    {
        if (!text.StartsWith("---", StringComparison.Ordinal)) return true;
        var keys = false;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range.Start.Value, range.End.Value - range.Start.Value).TrimEnd();
            if (range.Start.Value == 0) continue;
            if (line is "---" or "...") return keys;
            if (line.StartsWith('#') && line.TrimStart('#') is [' ', ..]) return false;
            keys |= IsKey(line);
        }
        return keys;
    }

    // "title: Course", "tags:": a YAML mapping key at the start of a line.
    private static bool IsKey(ReadOnlySpan<char> line)
    {
        var colon = line.IndexOf(':');
        if (colon <= 0 || colon + 1 < line.Length && line[colon + 1] != ' ') return false;
        foreach (var ch in line[..colon])
            if (!(char.IsLetterOrDigit(ch) || ch is '_' or '-' or ' ')) return false;
        return !char.IsWhiteSpace(line[0]);
    }
}
