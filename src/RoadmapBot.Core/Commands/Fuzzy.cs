namespace RoadmapBot.Core.Commands;

/// <summary>"Did you mean …": the candidates closest to a typo by edit distance.</summary>
public static class Fuzzy
{
    public static IReadOnlyList<string> Closest(string input, IEnumerable<string> candidates, int count = 3)
    {
        var lower = input.ToLowerInvariant();
        var limit = Math.Max(1, Math.Min(3, lower.Length / 2));
        return candidates
            .Select(c => (Candidate: c, Distance: Distance(lower, c.ToLowerInvariant())))
            .Where(x => x.Distance <= limit)
            .OrderBy(x => x.Distance)
            .Take(count)
            .Select(x => x.Candidate)
            .ToList();
    }

    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
