using System.Globalization;
using System.Text.RegularExpressions;

namespace RoadmapBot.Core.Commands.Plain;

/// <summary>A plain message made regular before it is read: typos corrected, phrases in one word, durations in minutes, clauses split.</summary>
public static partial class PlainText
{
    public static string Prepare(string text)
    {
        var t = Mention().Replace(text, " ");
        t = t.Replace('’', '\'').Replace('‘', '\'').Replace("✅", " ✅ ", StringComparison.Ordinal).Replace("✔️", " ✅ ", StringComparison.Ordinal);
        t = DecimalComma().Replace(t, "$1.$2");
        return PlusSign().Replace(t, "$1");
    }

    /// <summary>The text with each word a slip away from a known word replaced by it; <paramref name="corrected"/> when any was.</summary>
    public static string Correct(string text, IReadOnlySet<string> known, out bool corrected)
    {
        var any = false;
        var result = Word().Replace(text, m =>
        {
            if (PlainSpelling.Correct(m.Value.ToLowerInvariant(), known) is not { } fixedWord)
                return m.Value;
            any = true;
            return fixedWord;
        });
        corrected = any;
        return result;
    }

    /// <summary>Lower case, each phrase as the one word the reader knows, numbers as digits and durations as minutes ("90min").</summary>
    public static string Regular(string text)
    {
        var t = " " + text.ToLowerInvariant() + " ";
        t = HourAndAHalf().Replace(t, m => Minutes(Number(m.Groups[1].Value is "a" or "an" ? "1" : m.Groups[1].Value) * 60 + 30));
        t = HalfHour().Replace(t, " 30min ");
        t = AnHour().Replace(t, " 1 ");
        t = NumberWord().Replace(t, m => PlainWords.Numbers[m.Value]);
        t = Hours().Replace(t, m => Minutes(Number(m.Groups[1].Value) * 60 + Number(m.Groups[2].Value) + Number(m.Groups[3].Value)));
        t = MinutesOnly().Replace(t, m => Minutes(Number(m.Groups[1].Value)));
        foreach (var (phrase, word) in Phrases)
            t = t.Replace(phrase, word, StringComparison.Ordinal);
        return t;
    }

    public static IReadOnlyList<string> Clauses(string text) =>
        Separator().Split(text).Where(c => !string.IsNullOrWhiteSpace(c)).ToList();

    public static IReadOnlyList<string> Words(string clause) =>
        clause.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.', ',', '!', '?', ';', ':', '(', ')', '[', ']', '"', '\'', '*', '_', '-', '~'))
            .Where(w => w == "✅" || w.Any(char.IsLetterOrDigit))
            .ToList();

    private static readonly (string Phrase, string Word)[] Phrases =
    [
        (" in progress ", " doing "), (" working on ", " working "), (" wrapped up ", " wrapped "), (" done with ", " done "),
        (" not done ", " todo "), (" not finished ", " todo "), (" back to todo ", " todo "), (" back to to do ", " todo "),
        (" to do ", " todo "),
    ];

    private static double Number(string text) =>
        text.Length == 0 ? 0 : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string Minutes(double minutes) => $" {Math.Round(minutes, 2).ToString(CultureInfo.InvariantCulture)}min ";

    [GeneratedRegex(@"(?<!\w)@\w+")]
    private static partial Regex Mention();

    [GeneratedRegex(@"(\d),(\d)")]
    private static partial Regex DecimalComma();

    [GeneratedRegex(@"(?<!\w)\+(\d)")]
    private static partial Regex PlusSign();

    [GeneratedRegex(@"[\p{L}']+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\b(an?|\d+(?:\.\d+)?)\s+hours?\s+and\s+a\s+half\b")]
    private static partial Regex HourAndAHalf();

    [GeneratedRegex(@"\b(?:half\s+an\s+hour|half\s+hour|half-hour)\b")]
    private static partial Regex HalfHour();

    [GeneratedRegex(@"\s(?:an|a)\s+(?=hours?\b|hr\b)")]
    private static partial Regex AnHour();

    [GeneratedRegex(@"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|once|twice)\b")]
    private static partial Regex NumberWord();

    [GeneratedRegex(@"(?<![\w.])(\d+(?:\.\d+)?)\s*(?:h|hrs?|hours?)(?:(\d{1,2})(?![\w.])|\s*(?:and\s+)?(\d+)\s*(?:m|mins?|minutes?)(?!\w))?(?!\w)")]
    private static partial Regex Hours();

    [GeneratedRegex(@"(?<![\w.])(\d+(?:\.\d+)?)\s*(?:m|mins?|minutes?)(?!\w)")]
    private static partial Regex MinutesOnly();

    [GeneratedRegex(@"\n|;|,|!|\?|\.(?=\s|$)|(?<!\d)\.(?!\d)|\s\+\s|&|\b(?:and|then|also|plus|but)\b")]
    private static partial Regex Separator();
}
