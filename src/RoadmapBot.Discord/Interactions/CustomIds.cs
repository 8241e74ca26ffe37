using System.Globalization;
using RoadmapBot.Core.Commands;

namespace RoadmapBot.Discord.Interactions;

/// <summary>What a button or modal asks for: an engine command, or a page of the weekly review form.</summary>
public abstract record CustomAction
{
    public sealed record Command(string Text) : CustomAction;
    public sealed record ReviewPage(int Page) : CustomAction;
}

/// <summary>
/// Our custom ids: "rb:/done t5" runs that command as the member who pressed; "rb:review:N" is review page N (button or modal).
/// A press runs as the presser, so a forged id can do no more than they could type; it must still be one of ours.
/// </summary>
public static class CustomIds
{
    public const int MaxLength = 100;
    private const string Prefix = "rb:";
    private const string ReviewPrefix = Prefix + "review:";
    private const int MaxPages = 10;

    public static string? ForCommand(string command) => Decode(Prefix + command) is CustomAction.Command ? Prefix + command : null;

    public static string ForReviewPage(int page) => ReviewPrefix + page.ToString(CultureInfo.InvariantCulture);

    public static CustomAction? Decode(string? id)
    {
        if (id is null || id.Length > MaxLength || !id.StartsWith(Prefix, StringComparison.Ordinal) || id.AsSpan().IndexOfAny('\n', '\r') >= 0)
            return null;
        if (id.StartsWith(ReviewPrefix, StringComparison.Ordinal))
            return int.TryParse(id[ReviewPrefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page < MaxPages
                ? new CustomAction.ReviewPage(page)
                : null;
        var command = id[Prefix.Length..];
        return command.StartsWith('/') && !command.Contains('@') && CommandLine.Parse(command) is { } line && CommandCatalog.Find(line.Verb) is not null
            ? new CustomAction.Command(command)
            : null;
    }
}
