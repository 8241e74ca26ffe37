using System.Net;
using System.Text.RegularExpressions;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Import;

/// <summary>
/// An HTML disclosure, &lt;details&gt;&lt;summary&gt;✅ Learn Git&lt;/summary&gt;, whose summary starts with a status mark
/// is one item of the plan; one without a mark ("Table of Contents", "Translations:") is not.
/// </summary>
internal static partial class Disclosures
{
    public static (string Title, ItemStatus Status)? Item(string html)
    {
        if (Summary().Match(html) is not { Success: true } summary) return null;
        var text = WebUtility.HtmlDecode(Tags().Replace(summary.Groups[1].Value, " ")).Trim();
        if (Mark().Match(text) is not { Success: true } mark) return null;
        var title = TextPatterns.StripDecoration(text[mark.Length..]).Trim();
        if (title.Length == 0) return null;
        var status = mark.Groups["done"].Success ? ItemStatus.Done : mark.Groups["doing"].Success ? ItemStatus.Doing : ItemStatus.Todo;
        return (title, status);
    }

    [GeneratedRegex(@"<summary[^>]*>(.*?)</summary>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Summary();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"^(?:(?<done>✅|✔|☑|\[[xX]\])|(?<doing>⏳|🚧|🔄|\[/\])|(?<todo>➖|⬜|☐|🔲|\[ \]))\uFE0F?\s*")]
    private static partial Regex Mark();
}
