using System.Globalization;
using System.Text.RegularExpressions;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Import;

/// <summary>
/// What note tools write into a task's text: Logseq's markers (DONE, DOING, NOW, LATER, TODO), its properties (<c>id:: …</c>),
/// logbook and SCHEDULED/DEADLINE lines, and Dataview's fields (<c>[due:: 2026-03-06]</c>, <c>completion:: …</c>).
/// </summary>
internal static partial class OutlinerFields
{
    public static (string Title, ItemStatus? Status, DateOnly? Due, DateOnly? DoneOn) Read(string text)
    {
        ItemStatus? status = null;
        DateOnly? due = null, doneOn = null;
        if (Marker().Match(text) is { Success: true } marker)
        {
            status = marker.Groups[1].Value switch { "DONE" => ItemStatus.Done, "DOING" or "NOW" or "IN-PROGRESS" => ItemStatus.Doing, _ => ItemStatus.Todo };
            text = text[marker.Length..];
        }
        // Every field has "::" or is a logbook or a SCHEDULED/DEADLINE line: most titles hold none and are returned as they are.
        if (!text.Contains("::", StringComparison.Ordinal) && !text.Contains(":LOGBOOK:", StringComparison.Ordinal)
            && !text.Contains("SCHEDULED:", StringComparison.Ordinal) && !text.Contains("DEADLINE:", StringComparison.Ordinal))
            return (text, status, due, doneOn);
        text = Logbook().Replace(text, " ");
        foreach (Match field in Field().Matches(text))
        {
            var value = field.Groups["value"].Value;
            DateOnly? date = DateOnly.TryParseExact(value.Length >= 10 ? Digits.Ascii(value[..10]) : "", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
            switch (field.Groups["key"].Value.ToLowerInvariant())
            {
                case "due" or "deadline" or "scheduled" when date is not null: due ??= date; break;
                case "completion" or "completed" or "done" when date is not null: (doneOn, status) = (date, ItemStatus.Done); break;
            }
        }
        return (Field().Replace(text, " ").Trim(), status, due, doneOn);
    }

    /// <summary>The text opens with a Logseq marker: in an outline that marks its tasks, the marked entries are the tasks, like checkboxes.</summary>
    public static bool OpensWithMarker(ReadOnlySpan<char> text) => text.Length > 3 && char.IsAsciiLetterUpper(text[0]) && char.IsAsciiLetterUpper(text[1]) && Marker().IsMatch(text);

    [GeneratedRegex(@"^(TODO|DOING|DONE|NOW|LATER|WAITING|IN-PROGRESS)\s+(?=\S)")]
    private static partial Regex Marker();

    [GeneratedRegex(@":LOGBOOK:.*?:END:", RegexOptions.Singleline)]
    private static partial Regex Logbook();

    // "[due:: 2026-03-06]", "(week:: 1)", "id:: 64aa…" and "SCHEDULED: <2024-02-05 Mon>": a field, its key and its value.
    [GeneratedRegex(@"\[(?<key>[A-Za-z][\w-]*)::\s*(?<value>[^\]]*)\]|\((?<key>[A-Za-z][\w-]*)::\s*(?<value>[^)]*)\)|(?<=^|\s)(?<key>[A-Za-z][\w-]*)::\s+(?<value>\S+)|(?<key>SCHEDULED|DEADLINE):\s*<(?<value>[^>]*)>")]
    private static partial Regex Field();
}
