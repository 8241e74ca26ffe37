using RoadmapBot.Core.Chat;
using Telegram.Bot.Extensions;
using Telegram.Bot.Types;

namespace RoadmapBot.Telegram.Sending;

/// <summary>Charts go out as photos (shown inline on a phone), with the reply's text as their caption when it fits.</summary>
public static class TelegramPhoto
{
    public const int MaxCaptionLength = 1024;

    public static bool IsPhoto(ChatFile file) =>
        Path.GetExtension(file.FileName).ToLowerInvariant() is ".png" or ".jpg" or ".jpeg";

    /// <summary>A caption is limited to 1024 characters of visible text, links and tags not counted.</summary>
    public static bool FitsCaption(IReadOnlyList<string> chunks) =>
        chunks.Count == 0 || (chunks.Count == 1 && HtmlText.PlainLength(chunks[0]) <= MaxCaptionLength);

    public static InputFile Input(ChatFile file) => InputFile.FromStream(new MemoryStream(file.Content), file.FileName);
}
