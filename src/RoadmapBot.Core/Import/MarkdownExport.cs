using System.Text;
using System.Text.RegularExpressions;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Import;

/// <summary>Writes a member's done items back into the roadmap's own text, touching only the marks.</summary>
public static partial class MarkdownExport
{
    private const string DoneMark = "✅ ";

    [GeneratedRegex(@"^(\s*(?:>\s*)*(?:[-*+]|\d+[.)])[ \t]+\[)([ xX])\]")]
    private static partial Regex Checkbox();

    [GeneratedRegex(@"^\s*(?:>\s*)*(?:[-*+]|\d+[.)])[ \t]+")]
    private static partial Regex Bullet();

    // A heading that is a task of its own ("## Probability (3 days)").
    [GeneratedRegex(@"^ {0,3}#{1,6}[ \t]+")]
    private static partial Regex Heading();

    /// <summary>
    /// Marks or unmarks each item: a checkbox gets [x] or [ ], a bullet, time slot or heading gains or loses "✅ " before its text,
    /// and so does an item in a table cell, even on a row continued over several lines. Everything else stays byte for byte.
    /// </summary>
    public static string Mark(string source, IEnumerable<(Item Item, bool Done)> items) =>
        Mark(source, items.Where(i => MarkPlace.Of(i.Item) is not null).Select(i => (MarkPlace.Of(i.Item)!.Value, i.Done)));

    /// <summary>Marks or unmarks the item at each place (as stored at import, so the source is not read again).</summary>
    public static string Mark(string source, IEnumerable<(MarkPlace Place, bool Done)> places)
    {
        var marks = places.Where(m => m.Place.Line > 0).ToList();
        var wholeLines = marks.Where(m => m.Place.Column is null).GroupBy(m => m.Place.Line)
            .Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single().Done);
        // A garbled document (UTF-8 once read as Mac Roman) gets its marks garbled alike, so the importer still repairs it whole.
        var mark = MojibakeRepair.GarbleLike(DoneMark, source);
        // Cell columns count characters of the repaired text, so a garbled document's table cells are left alone.
        var cells = marks.Where(m => m.Place.Column is not null && mark == DoneMark)
            .ToLookup(m => m.Place.Line, m => (Column: m.Place.Column!.Value, m.Done));
        // Lines are split on '\n' only, like the importer after it normalises CRLF; a trailing '\r' stays with its line.
        var lines = source.Split('\n');
        var output = new StringBuilder(source.Length + marks.Count * 4);
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) output.Append('\n');
            var line = wholeLines.TryGetValue(i + 1, out var done) ? MarkLine(lines[i], done, mark) : lines[i];
            // Right to left, so each column still points at its cell text after the edits beside it.
            foreach (var (column, cellDone) in cells[i + 1].OrderByDescending(c => c.Column))
                line = column <= line.Length ? MarkAt(line, column, cellDone, mark) : line;
            output.Append(line);
        }
        return output.ToString();
    }

    private static string MarkLine(string line, bool done, string mark)
    {
        if (Checkbox().Match(line) is { Success: true } box)
        {
            var isChecked = box.Groups[2].Value is "x" or "X";
            return isChecked == done ? line : string.Concat(box.Groups[1].Value, done ? "x" : " ", line.AsSpan(box.Length - 1));
        }
        if (Heading().Match(line) is { Success: true } heading) return MarkAt(line, heading.Length, done, mark);
        if (Bullet().Match(line) is not { Success: true } bullet) return line;
        var rest = line.AsSpan(bullet.Length);
        // A mark before "🔁 Rescheduled to" would turn the importer's reschedule note into an item of its own.
        if (rest.StartsWith("🔁") || rest.StartsWith("rescheduled to", StringComparison.OrdinalIgnoreCase)) return line;
        return MarkAt(line, bullet.Length, done, mark);
    }

    // Adds the mark where the item's text starts, or removes the one there (with the blanks after it).
    private static string MarkAt(string line, int column, bool done, string mark)
    {
        var rest = line.AsSpan(column);
        var existing = rest.StartsWith(mark.TrimEnd()) ? mark.TrimEnd().Length : rest.StartsWith("✅") || rest.StartsWith("✔") || rest.StartsWith("☑") ? 1 : 0;
        if (existing > 0 == done) return line;
        if (done) return line.Insert(column, mark);
        if (existing < rest.Length && rest[existing] == '\uFE0F') existing++;
        while (existing < rest.Length && rest[existing] is ' ' or '\t') existing++;
        return line.Remove(column, existing);
    }
}
