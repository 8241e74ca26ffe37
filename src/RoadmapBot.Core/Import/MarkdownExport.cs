using System.Text;
using System.Text.RegularExpressions;

namespace RoadmapBot.Core.Import;

/// <summary>Writes a member's done items back into the roadmap's own text, touching only the marks.</summary>
public static partial class MarkdownExport
{
    [GeneratedRegex(@"^(\s*(?:>\s*)*(?:[-*+]|\d+[.)])[ \t]+\[)([ xX])\]")]
    private static partial Regex Checkbox();

    [GeneratedRegex(@"^(\s*(?:>\s*)*(?:[-*+]|\d+[.)])[ \t]+)(✅[ \t]*)?")]
    private static partial Regex Bullet();

    /// <summary>
    /// Marks or unmarks the list item on each one-based line: a checkbox gets [x] or [ ], a bullet gains or loses "✅ ".
    /// Lines holding several items (table rows) and lines that are not list items stay as they are.
    /// </summary>
    public static string Mark(string source, IEnumerable<(int Line, bool Done)> items)
    {
        var wanted = items.Where(i => i.Line > 0).GroupBy(i => i.Line)
            .Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single().Done);
        // Lines are split on '\n' only, like the importer after it normalises CRLF; a trailing '\r' stays with its line.
        var lines = source.Split('\n');
        var output = new StringBuilder(source.Length + wanted.Count * 4);
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) output.Append('\n');
            output.Append(wanted.TryGetValue(i + 1, out var done) ? MarkLine(lines[i], done) : lines[i]);
        }
        return output.ToString();
    }

    private static string MarkLine(string line, bool done)
    {
        if (Checkbox().Match(line) is { Success: true } box)
        {
            var isChecked = box.Groups[2].Value is "x" or "X";
            return isChecked == done ? line : string.Concat(box.Groups[1].Value, done ? "x" : " ", line.AsSpan(box.Length - 1));
        }
        if (Bullet().Match(line) is not { Success: true } bullet) return line;
        var rest = line.AsSpan(bullet.Length);
        // A mark before "🔁 Rescheduled to" would turn the importer's reschedule note into an item of its own.
        if (rest.StartsWith("🔁") || rest.StartsWith("rescheduled to", StringComparison.OrdinalIgnoreCase)) return line;
        var isMarked = bullet.Groups[2].Success || rest.StartsWith("✔") || rest.StartsWith("☑");
        if (isMarked == done) return line;
        return done
            ? string.Concat(bullet.Groups[1].Value, "✅ ", rest)
            : bullet.Groups[2].Success ? string.Concat(bullet.Groups[1].Value, rest) : line;
    }
}
