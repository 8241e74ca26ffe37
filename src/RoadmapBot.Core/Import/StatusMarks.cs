using System.Globalization;
using System.Text.RegularExpressions;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Import;

/// <summary>What an item's own text says about its status and dates, and its title without those marks.</summary>
internal readonly record struct MarkedText(string Title, ItemStatus? Status, DateOnly? Due, DateOnly? DoneOn, Priority? Priority, IReadOnlyList<string> Tags);

/// <summary>Reads statuses as people write them: [/], ~~struck~~, "(done)", 🚧, and Obsidian Tasks' ✅ 📅 ⏳ 🛫 ➕ 🔺 ⏫ 🔽 #tag.</summary>
internal static partial class StatusMarks
{
    /// <summary>Text that starts with a done mark (✅, ✔, ☑): the item is done.</summary>
    public static bool LeadsWithDone(ReadOnlySpan<char> text) => text.StartsWith('✅') || text.StartsWith('✔') || text.StartsWith('☑');

    /// <summary>"[Done] Python", "[running] Go": a status word in brackets opening the text, and how long the brackets are.</summary>
    public static (ItemStatus Status, int Length)? Bracketed(string text)
    {
        if (!text.StartsWith('[')) return null;
        var end = text.IndexOf(']');
        // A word or two ("[In progress]"), not a link's text or a box ("[ ]", "[x]", which are read as checkboxes).
        return end is > 2 and <= 16 && ItemFields.ParseStatus(text[1..end]) is { } status ? (status, end + 1) : null;
    }

    public static MarkedText Read(string text)
    {
        var (title, status, due, doneOn) = OutlinerFields.Read(text.Trim());
        DateOnly? scheduled = null;
        if (CustomBox().Match(title) is { Success: true } box)
        {
            status = box.Groups[1].Value switch { "/" => ItemStatus.Doing, "-" or "~" => ItemStatus.Skipped, _ => status };
            title = title[box.Length..];
        }
        // Every signifier, priority and doing mark is an emoji: plain ASCII text holds none of them.
        var plain = System.Text.Ascii.IsValid(title);
        if (!plain && HasSignifier(title))
        {
            foreach (Match m in SignifierDate().Matches(title))
            {
                var date = DateOnly.ParseExact(Digits.Ascii(m.Groups[2].Value), "yyyy-MM-dd", CultureInfo.InvariantCulture);
                switch (m.Groups[1].Value)
                {
                    case "✅": doneOn = date; status = ItemStatus.Done; break;
                    case "📅": due = date; break;
                    case "⏳": scheduled = date; break;
                }
            }
            title = SignifierDate().Replace(title, " ");
        }
        var priority = plain ? null : PriorityOf(title);
        if (priority is not null || !plain && HasSignifier(title)) title = BareSignifier().Replace(title, " ");
        if (Struck().Match(title) is { Success: true } struck)
        {
            status = ItemStatus.Done;
            title = struck.Groups[1].Value;
        }
        else if (MayEndDone(title) && DoneSuffix().Match(title) is { Success: true } suffix)
        {
            status = ItemStatus.Done;
            title = title[..suffix.Index];
        }
        else if (status is null && !plain && DoingMark().Match(title) is { Success: true } doing)
        {
            status = ItemStatus.Doing;
            title = title[doing.Length..];
        }
        IReadOnlyList<string> tags = title.Contains('#') ? [.. Tag().Matches(title).Select(m => m.Groups[1].Value.ToLowerInvariant())] : [];
        return new MarkedText((HasSpaceRun(title) ? Spaces().Replace(title, " ") : title).Trim(), status, due ?? scheduled, doneOn, priority, tags);
    }

    private static bool HasSignifier(string text) => AnySignifier().IsMatch(text);

    private static Priority? PriorityOf(string text) =>
        text.Contains("🔺", StringComparison.Ordinal) || text.Contains("⏫", StringComparison.Ordinal) ? Roadmaps.Priority.High
        : text.Contains("🔼", StringComparison.Ordinal) ? Roadmaps.Priority.Medium
        : text.Contains("🔽", StringComparison.Ordinal) || text.Contains("⏬", StringComparison.Ordinal) ? Roadmaps.Priority.Low
        : null;

    [GeneratedRegex(@"➕|🛫|⏳|📅|✅|🔺|⏫|🔼|🔽|⏬")]
    private static partial Regex AnySignifier();

    /// <summary>
    /// Boxes of Obsidian themes and bullet journals: [/] half done, [-] or [~] cancelled, [>] moved on, [!] [?] [*] [<] marked;
    /// each is a task like [ ].
    /// </summary>
    public static bool OpensWithCustomBox(ReadOnlySpan<char> text) => text is ['[', _, ']', ..] && CustomBox().IsMatch(text);

    [GeneratedRegex(@"^\[([/\-~>!?*<])\]\s*")]
    private static partial Regex CustomBox();

    [GeneratedRegex(@"(➕|🛫|⏳|📅|✅)\uFE0F?\s*(\d{4}-\d{2}-\d{2})")]
    private static partial Regex SignifierDate();

    [GeneratedRegex(@"\s*(?:➕|🛫|📅|🔺|⏫|🔼|🔽|⏬)\uFE0F?")]
    private static partial Regex BareSignifier();

    [GeneratedRegex(@"^~~(.+)~~$")]
    private static partial Regex Struck();

    // "(done)", or the word after a dash or a full stop ("Publish the image. - done", "Set up volumes — feito"); "Get things done" is a title.
    [GeneratedRegex(@"(?:\s*\((?:" + DoneWord + @")\)|(?<=[.!])\s*(?:[-–—]\s*)?(?:" + DoneWord + @")|\s+[-–—]\s*(?:" + DoneWord + @"))\s*[.!]?\s*$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex DoneSuffix();

    // Asked of every title: only one whose last word is a done word, or that ends with ')', is matched against DoneSuffix.
    private static bool MayEndDone(string title)
    {
        var end = title.AsSpan().TrimEnd(" .!");
        if (end.EndsWith(')')) return true;
        var start = end.Length;
        while (start > 0 && char.IsLetter(end[start - 1])) start--;
        return start < end.Length && DoneWords.Contains(end[start..]);
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DoneWords =
        DoneWord.Split('|').Select(w => w.TrimEnd('?')).Append("complete").ToHashSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private const string DoneWord = "done|completed?|finished|feito|concluído|concluido|hecho|terminado|erledigt|fertig|fatto|terminé|fait|готово|сделано|完成|已完成|완료";

    [GeneratedRegex(@"^(?:🚧|🔄|⏳)\uFE0F?\s+(?=\S)")]
    private static partial Regex DoingMark();

    [GeneratedRegex(@"(?<=^|\s)#([\p{L}\d][\p{L}\d_/-]*)")]
    private static partial Regex Tag();

    // Most titles have no run of spaces: looked for in one pass before the pattern replaces any.
    private static bool HasSpaceRun(string text)
    {
        for (var i = 1; i < text.Length; i++)
            if (char.IsWhiteSpace(text[i]) && char.IsWhiteSpace(text[i - 1])) return true;
        return false;
    }

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
