namespace RoadmapBot.Core.Storing;

/// <summary>
/// Whether an edited title is still the same item: the titles' normalised words (lower case, letters and digits, without
/// filler words) overlap by a Dice coefficient of at least <see cref="Threshold"/>.
/// </summary>
public static class TitleSimilarity
{
    /// <summary>One word of three changed (0.67) is a rewording; one of two (0.5) is another task ("Plan the demo" → "Build the demo").</summary>
    public const double Threshold = 0.6;

    private static readonly HashSet<string> Filler = ["a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "at", "by"];

    /// <summary>The title as one comparable string: equal for titles that differ only in case, punctuation and filler words.</summary>
    public static string Normalize(string title) => string.Join(' ', Words(title));

    public static bool Similar(string a, string b) => Score(a, b) >= Threshold;

    public static double Score(string a, string b)
    {
        var left = Words(a).ToHashSet();
        var right = Words(b).ToHashSet();
        if (left.Count + right.Count == 0)
            return 1;
        return 2.0 * left.Count(right.Contains) / (left.Count + right.Count);
    }

    private static List<string> Words(string title)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= title.Length; i++)
        {
            var inWord = i < title.Length && char.IsLetterOrDigit(title[i]);
            if (inWord && start < 0)
                start = i;
            else if (!inWord && start >= 0)
            {
                words.Add(title[start..i].ToLowerInvariant());
                start = -1;
            }
        }
        var meaningful = words.Where(w => !Filler.Contains(w)).ToList();
        return meaningful.Count > 0 ? meaningful : words;
    }
}
