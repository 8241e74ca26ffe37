using System.Text;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Commands;

namespace RoadmapBot.Telegram.Rendering;

/// <summary>A button's callback data is its <see cref="ButtonPress"/> ("202/done t5", or "/done t5" for anyone), at most 64 bytes.</summary>
public static class CallbackData
{
    public const int MaxBytes = 64;

    public static string? Encode(ChatButton button) =>
        ButtonPress.Encode(button) is { } data && Decode(data) is not null ? data : null;

    public static ButtonPress? Decode(string? data) =>
        data is not null && Encoding.UTF8.GetByteCount(data) <= MaxBytes ? ButtonPress.Decode(data) : null;
}
