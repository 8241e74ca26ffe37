using System.Globalization;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Commands;

namespace RoadmapBot.Discord.Interactions;

/// <summary>What a button or modal asks for: an engine command, or a page of the weekly review form.</summary>
public abstract record CustomAction
{
    /// <summary>Run <paramref name="Text"/> as the presser; <paramref name="For"/> is the only user id it acts for (null: anyone).</summary>
    public sealed record Command(string Text, string? For = null) : CustomAction;
    public sealed record ReviewPage(int Page) : CustomAction;
}

/// <summary>
/// Our custom ids: "rb:" and a <see cref="ButtonPress"/> ("rb:/done t5", or "rb:502/done t5" for one member) runs that command
/// as the member who pressed; "rb:review:N" is review page N (button or modal).
/// </summary>
public static class CustomIds
{
    public const int MaxLength = 100;
    private const string Prefix = "rb:";
    private const string ReviewPrefix = Prefix + "review:";
    private const int MaxPages = 10;

    public static string? ForButton(ChatButton button) =>
        ButtonPress.Encode(button) is { } data && Decode(Prefix + data) is CustomAction.Command ? Prefix + data : null;

    public static string ForReviewPage(int page) => ReviewPrefix + page.ToString(CultureInfo.InvariantCulture);

    public static CustomAction? Decode(string? id)
    {
        if (id is null || id.Length > MaxLength || !id.StartsWith(Prefix, StringComparison.Ordinal) || id.AsSpan().IndexOfAny('\n', '\r') >= 0)
            return null;
        if (id.StartsWith(ReviewPrefix, StringComparison.Ordinal))
            return int.TryParse(id[ReviewPrefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page < MaxPages
                ? new CustomAction.ReviewPage(page)
                : null;
        return ButtonPress.Decode(id[Prefix.Length..]) is { } press ? new CustomAction.Command(press.Command, press.For) : null;
    }
}
