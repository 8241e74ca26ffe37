namespace RoadmapBot.Core.Import;

/// <summary>"Task 3" or "Project 2b" as written (<see cref="Kind"/>, <see cref="Number"/>), and what a heading says after it.</summary>
internal readonly record struct NumberedName(string Kind, string Number, string Title);

/// <summary>
/// Reads "Task 3" labels and "Task 3: title" headings by hand, as <c>^(task|project)\s+(\d+[a-z]?)</c> then either <c>$</c>
/// or <c>\s*[:\-–—]\s*(.+)$</c> (case ignored) would: every task heading of a long plan asks, and a regex match would
/// allocate its groups each time.
/// </summary>
internal static class NumberedNames
{
    /// <summary>"Task 3" and nothing else (a label).</summary>
    public static NumberedName? Bare(string text) =>
        Head(text, out var end) is { } name && end == Body(text).Length ? name : null;

    /// <summary>"Task 3: Learn Python" or "Project 2 – …" (a heading); the title trimmed.</summary>
    public static NumberedName? Titled(string text)
    {
        if (Head(text, out var end) is not { } name) return null;
        var body = Body(text);
        var i = SkipSpaces(body, end);
        if (i == body.Length || body[i] is not (':' or '-' or '–' or '—')) return null;
        var afterMark = i + 1;
        var rest = body[SkipSpaces(body, afterMark)..];
        // ".+$" takes one character at least, never a line break, and ends the text.
        if (rest.IsEmpty ? afterMark == body.Length || body[^1] == '\n' : rest.Contains('\n')) return null;
        return name with { Title = rest.Trim().ToString() };
    }

    // "$" matches at the end and before a final line break.
    private static ReadOnlySpan<char> Body(string text) => text.EndsWith('\n') ? text.AsSpan(0, text.Length - 1) : text;

    private static NumberedName? Head(string text, out int end)
    {
        end = 0;
        var body = Body(text);
        var kind = body.StartsWith("task", StringComparison.OrdinalIgnoreCase) ? 4
            : body.StartsWith("project", StringComparison.OrdinalIgnoreCase) ? 7 : 0;
        if (kind == 0) return null;
        var digits = SkipSpaces(body, kind);
        if (digits == kind) return null;
        var i = digits;
        while (i < body.Length && char.IsDigit(body[i])) i++;
        if (i == digits) return null;
        if (i < body.Length && char.IsAsciiLetter(body[i])) i++;
        end = i;
        return new NumberedName(text[..kind], text[digits..i], "");
    }

    private static int SkipSpaces(ReadOnlySpan<char> text, int from)
    {
        while (from < text.Length && char.IsWhiteSpace(text[from])) from++;
        return from;
    }
}
