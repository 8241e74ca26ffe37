namespace RoadmapBot.Core.Commands.Plain;

/// <summary>Typos against the words the bot knows: one slip (a letter wrong, missing, extra or two swapped) is corrected.</summary>
public static class PlainSpelling
{
    /// <summary>The known word <paramref name="word"/> was meant to be, when exactly one is a slip away; null otherwise.</summary>
    public static string? Correct(string word, IReadOnlySet<string> known)
    {
        if (word.Length < 3 || known.Contains(word) || PlainWords.Filler.Contains(word) || !word.All(char.IsLetter))
            return null;
        var limit = word.Length >= 8 ? 2 : 1;
        var best = new List<string>();
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            if (candidate.Length < 3 || Math.Abs(candidate.Length - word.Length) > limit)
                continue;
            var distance = Distance(word, candidate);
            if (distance > limit || distance > bestDistance)
                continue;
            if (distance < bestDistance)
                best.Clear();
            best.Add(candidate);
            bestDistance = distance;
        }
        // Two near words are one reading when they say the same status or unit ("startd": start or started; "minuts").
        return best.Count == 1 || (best.Count > 1 && best.Select(Meaning).Distinct().Count() == 1 && Meaning(best[0]) is not null)
            ? best.Order(StringComparer.Ordinal).First()
            : null;
    }

    private static string? Meaning(string word) =>
        PlainWords.Status.GetValueOrDefault(word) ?? (Progress.Amount.IsMinutes(word) ? "minutes" : Progress.Amount.IsHours(word) ? "hours" : null);

    /// <summary>Edit distance counting a swap of neighbours as one edit ("doen" is one from "done").</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
            d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++)
            d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
