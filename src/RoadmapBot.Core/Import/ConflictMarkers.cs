using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Import;

/// <summary>
/// A file saved in the middle of a git merge: between "&lt;&lt;&lt;&lt;&lt;&lt;&lt;" and "&gt;&gt;&gt;&gt;&gt;&gt;&gt;" the first side is
/// read and the markers and the other side become blank lines, so every line keeps its number.
/// </summary>
internal static class ConflictMarkers
{
    public static string KeepFirstSide(string text, List<ImportWarning> warnings)
    {
        if (!text.StartsWith("<<<<<<<", StringComparison.Ordinal) && !text.Contains("\n<<<<<<<", StringComparison.Ordinal)) return text;
        var lines = text.Split('\n');
        var (inFence, open, middle) = (false, -1, -1);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal)) inFence = !inFence;
            if (inFence) continue;
            if (line.StartsWith("<<<<<<<", StringComparison.Ordinal)) (open, middle) = (i, -1);
            else if (open >= 0 && middle < 0 && line.TrimEnd() == "=======") middle = i;
            else if (open >= 0 && middle >= 0 && line.StartsWith(">>>>>>>", StringComparison.Ordinal))
            {
                lines[open] = "";
                for (var j = middle; j <= i; j++) lines[j] = "";
                warnings.Add(new ImportWarning(open + 1,
                    $"An unresolved merge conflict (lines {open + 1}–{i + 1}): the first side is read, the other side is ignored."));
                open = -1;
            }
        }
        return string.Join('\n', lines);
    }
}
