using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Progress;

namespace RoadmapBot.Core.Commands;

public sealed record KeyLookup(IReadOnlyList<StoredItem> Items, IReadOnlyList<string> Unknown)
{
    /// <summary>Why nothing may be changed (a range too large); null when the keys are fine.</summary>
    public string? Error { get; init; }
}

/// <summary>Item keys as typed: several at once, commas allowed, ranges such as t1-t4, t1-4 or p1.1-p1.3.</summary>
public static partial class ItemKeys
{
    /// <summary>The most items one range may name, so one command writes a bounded number of rows.</summary>
    public const int MaxRange = 200;

    public static KeyLookup Resolve(IEnumerable<string> words, RoadmapView view)
    {
        var found = new List<StoredItem>();
        var unknown = new List<string>();
        foreach (var token in Tokens(words))
        {
            var items = view.Find(token) is { } item ? [item] : Range(token, view);
            if (items.Count > MaxRange)
                return new KeyLookup([], []) { Error = $"A range covers at most {MaxRange} items; {token} has {items.Count}." };
            if (items.Count == 0)
                unknown.Add(token);
            found.AddRange(items.Where(i => !found.Contains(i)));
        }
        return new KeyLookup(found, unknown);
    }

    /// <summary>The item one typed key names ("t5", "#t5", "“t5”", "ｔ５"); null when none.</summary>
    public static StoredItem? Find(string typed, RoadmapView view) => view.Find(Clean(typed));

    /// <summary>The keys in typed words: split at commas and semicolons, cleaned, "and" and "&amp;" between them dropped.</summary>
    private static IEnumerable<string> Tokens(IEnumerable<string> words) =>
        words.SelectMany(w => w.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries))
            .Select(Clean)
            .Where(token => token.Length > 0 && !token.Equals("and", StringComparison.OrdinalIgnoreCase) && token != "&");

    // Full-width forms and quotes or a '#' around a key come from phones and from copying a key out of a list.
    private static string Clean(string typed) => typed.Normalize(NormalizationForm.FormKC).Trim(KeyWrapping);

    private static readonly char[] KeyWrapping = ['"', '\'', '`', '“', '”', '‘', '’', '«', '»', '#', '(', ')', '[', ']', '.', ':', '!', '?'];

    /// <summary>How many unknown keys get a line of their own with suggestions; the rest share one line.</summary>
    public const int UnknownShown = 3;

    /// <summary>A line per unknown key, up to <see cref="UnknownShown"/>; a pasted list of 300 wrong keys is not 300 lines.</summary>
    public static IEnumerable<string> UnknownLines(IReadOnlyList<string> keys, RoadmapView view)
    {
        foreach (var key in keys.Take(UnknownShown))
            yield return UnknownLine(key, view);
        if (keys.Count > UnknownShown)
        {
            var rest = keys.Skip(UnknownShown).ToList();
            var named = string.Join(", ", rest.Take(UnknownShown).Select(Echo.Cut)) + (rest.Count > UnknownShown ? ", …" : "");
            yield return $"{Quantity.Of(rest.Count, "more key")} that {(rest.Count == 1 ? "is" : "are")} no item ({named}); /tasks lists them.";
        }
    }

    public static string UnknownLine(string typed, RoadmapView view)
    {
        var key = Clean(typed);
        var close = key.Any(char.IsDigit) ? Fuzzy.Closest(key, view.Items.Select(i => i.Key)) : TitledWith(key, view);
        return close.Count == 0
            ? $"There is no item {Echo.Cut(key)}; /tasks lists them."
            : $"There is no item {Echo.Cut(key)}; did you mean {OneOf(close)}?";
    }

    // A word instead of a key ("/done pandas"): the keys of the few items whose title has that word, with their titles.
    private static IReadOnlyList<string> TitledWith(string word, RoadmapView view)
    {
        if (word.Length < 3)
            return [];
        var pattern = new Regex($@"\b{Regex.Escape(word)}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var titled = view.Items.Where(i => pattern.IsMatch(i.Title)).Take(4).ToList();
        return titled.Count is > 0 and <= 3 ? titled.Select(i => $"{i.Key} ({i.Title})").ToList() : [];
    }


    public static string OneOf(IReadOnlyList<string> options) =>
        options.Count == 1 ? options[0] : $"{string.Join(", ", options.Take(options.Count - 1))} or {options[^1]}";

    private static IReadOnlyList<StoredItem> Range(string token, RoadmapView view)
    {
        var dash = token.IndexOf('-');
        if (dash <= 0 || KeyPattern().Match(token[..dash]) is not { Success: true } from)
            return [];
        var toText = token[(dash + 1)..];
        var to = KeyPattern().Match(toText.All(char.IsDigit) ? from.Groups[1].Value + toText : toText);
        if (!to.Success || !string.Equals(from.Groups[1].Value, to.Groups[1].Value, StringComparison.OrdinalIgnoreCase))
            return [];
        var (low, high) = (int.Parse(from.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(to.Groups[2].Value, CultureInfo.InvariantCulture));
        return view.Items.Where(i => KeyPattern().Match(i.Key) is { Success: true } m
                && string.Equals(m.Groups[1].Value, from.Groups[1].Value, StringComparison.OrdinalIgnoreCase)
                && int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) is var n && n >= low && n <= high)
            .ToList();
    }

    // stem, number, letter suffix: "t11a" -> ("t", 11, "a"), "p1.3" -> ("p1.", 3, "").
    [GeneratedRegex(@"^(.*?)(\d{1,6})([a-z]*)$", RegexOptions.IgnoreCase)]
    private static partial Regex KeyPattern();
}
