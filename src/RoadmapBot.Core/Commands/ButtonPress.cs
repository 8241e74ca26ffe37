using RoadmapBot.Core.Chat;

namespace RoadmapBot.Core.Commands;

/// <summary>
/// A button as the platforms carry it: its command after the user id of the member it is for ("202/done t5"), or the command
/// alone when anyone may press it. A press runs as the presser, so forged data can do no more than they could type.
/// </summary>
public sealed record ButtonPress(string Command, string? For)
{
    /// <summary>The data for <paramref name="button"/>; null when its command is not one of ours or its owner is not a numeric id.</summary>
    public static string? Encode(ChatButton button)
    {
        if (!button.SendsCommand)
            return null;  // a link or a jump to the private chat: the platform renders it as such, never as a press
        if (button.For is { } owner && (owner.Length == 0 || !owner.All(char.IsAsciiDigit)))
            return null;
        var data = button.For + button.Command;
        return Decode(data) is not null ? data : null;
    }

    public static ButtonPress? Decode(string? data)
    {
        if (string.IsNullOrWhiteSpace(data) || data.AsSpan().IndexOfAny('\n', '\r') >= 0)
            return null;
        var slash = data.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0 || !data[..slash].All(char.IsAsciiDigit))
            return null;
        var command = data[slash..];
        return !command.Contains('@') && CommandLine.Parse(command) is { } line && CommandCatalog.Find(line.Verb) is not null
            ? new ButtonPress(command, slash == 0 ? null : data[..slash])
            : null;
    }
}
