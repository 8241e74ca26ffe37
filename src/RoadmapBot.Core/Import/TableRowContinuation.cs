using System.Text;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Import;

/// <summary>Joins a pipe-table row that the author continued over several lines with a trailing backslash.</summary>
internal static class TableRowContinuation
{
    public static SourceText Join(string text, List<ImportWarning> warnings)
    {
        if (!text.Contains("\\\n", StringComparison.Ordinal) && !text.EndsWith('\\')) return new SourceText(text);
        var lines = text.Split('\n');
        if (!lines.Any(IsContinuedRow)) return new SourceText(text);

        var output = new StringBuilder(text.Length);
        var map = new List<int>(lines.Length);
        var joined = new Dictionary<int, JoinedPiece[]>();
        var inFence = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal)) inFence = !inFence;
            var start = i;
            if (!inFence && IsContinuedRow(line))
            {
                var row = new StringBuilder(StripContinuation(line));
                var pieces = new List<JoinedPiece> { new(0, new SourcePosition(start + 1, 0)) };
                while (i + 1 < lines.Length && lines[i + 1].Trim().Length > 0)
                {
                    var raw = lines[++i];
                    var next = raw.TrimEnd('\r').Trim();
                    var continues = next.EndsWith('\\');
                    row.Append(' ');
                    pieces.Add(new JoinedPiece(row.Length, new SourcePosition(i + 1, raw.Length - raw.TrimStart().Length)));
                    row.Append(continues ? StripContinuation(next) : next);
                    if (!continues) break;
                }
                line = row.ToString();
                joined[map.Count] = [.. pieces];
                warnings.Add(new ImportWarning(start + 1,
                    $"Table row continued over {i - start + 1} lines with a trailing '\\'; joined into one row."));
            }
            if (map.Count > 0) output.Append('\n');
            output.Append(line);
            map.Add(start + 1);
        }
        return new SourceText(output.ToString(), [.. map], joined);
    }

    private static bool IsContinuedRow(string line)
    {
        var trimmed = line.TrimEnd('\r', ' ', '\t');
        return line.TrimStart().StartsWith('|') && trimmed.EndsWith('\\') && !trimmed.EndsWith("\\\\", StringComparison.Ordinal);
    }

    private static string StripContinuation(string line) => line.TrimEnd('\r', ' ', '\t').TrimEnd('\\').TrimEnd();
}
