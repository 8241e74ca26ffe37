using System.Text;
using RoadmapBot.Core.Commands;

namespace RoadmapBot.Telegram.Rendering;

/// <summary>
/// A button's callback data is its command ("/done t5"), at most 64 bytes. A press runs the command as the person who
/// pressed, in that chat, so forged data can at most do what that person could type; it must still look like one of our commands.
/// </summary>
public static class CallbackData
{
    public const int MaxBytes = 64;

    public static string? Encode(string command) =>
        Decode(command) is not null ? command : null;

    public static string? Decode(string? data)
    {
        if (string.IsNullOrWhiteSpace(data) || Encoding.UTF8.GetByteCount(data) > MaxBytes || data.AsSpan().IndexOfAny('\n', '\r') >= 0)
            return null;
        return CommandLine.Parse(data) is { } line && data.StartsWith('/') && !data.Contains('@') && CommandCatalog.Find(line.Verb) is not null
            ? data
            : null;
    }
}
