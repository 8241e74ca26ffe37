using System.Text.RegularExpressions;
using RoadmapBot.Core.Data;

namespace RoadmapBot.Core.Commands.Plain;

/// <summary>"blocked on t12: no AWS account", "t3 is blocked - waiting for a key": the item and the reason, as typed.</summary>
public static partial class PlainBlocked
{
    public sealed record Block(StoredItem Item, string Reason, bool Certain);

    /// <summary>Takes each blocked item with a reason out of <paramref name="text"/> (the reason may say anything, "no" included).</summary>
    public static IReadOnlyList<Block> Take(ref string text, PlainVocabulary vocabulary)
    {
        var found = new List<Block>();
        foreach (var pattern in new[] { BlockedOn(), ItemIsBlocked() })
        {
            text = pattern.Replace(text, m =>
            {
                if (Target(m.Groups["target"].Value, vocabulary) is not { } target)
                    return m.Value;
                var reason = m.Groups["reason"].Value.Trim().TrimEnd('.', '!', ' ');
                if (reason.Length == 0)
                    return m.Value;
                found.Add(new Block(target.Item, reason, target.Certain));
                return "\n";
            });
        }
        return found;
    }

    private static (StoredItem Item, bool Certain)? Target(string text, PlainVocabulary vocabulary)
    {
        var words = PlainText.Words(text.ToLowerInvariant());
        if (words.Count == 1 && PlainItems.ByKey(words[0], vocabulary) is [var keyed])
            return (keyed, true);
        if (words.Count == 2 && PlainItems.ByTaskNumber(words[0], words[1], vocabulary) is { } numbered)
            return (numbered, true);
        return words.Count <= 6 && PlainItems.ByTitle(words, vocabulary) is { } titled ? (titled, false) : null;
    }

    [GeneratedRegex(@"\b(?:blocked|stuck)(?:\s+(?:on|with|by|at|in))?\s+(?<target>[^\n:,]+?)\s*(?::|\bbecause\b|\bsince\b|—|–|\s-\s|,)\s*(?<reason>[^\n]+)", RegexOptions.IgnoreCase)]
    private static partial Regex BlockedOn();

    [GeneratedRegex(@"(?<target>(?:task\s+)?[\w.]+)\s+(?:is\s+|am\s+)?(?:blocked|stuck)\s*(?::|\bbecause\b|\bsince\b|—|–|\s-\s|,)\s*(?<reason>[^\n]+)", RegexOptions.IgnoreCase)]
    private static partial Regex ItemIsBlocked();
}
