using RoadmapBot.Core.Chat;
using Telegram.Bot.Types.ReplyMarkups;

namespace RoadmapBot.Telegram.Rendering;

/// <summary>A reply's buttons as an inline keyboard, three to a row; a button whose command does not fit in callback data is left out.</summary>
public static class TelegramKeyboard
{
    private const int PerRow = 3;

    public static InlineKeyboardMarkup? For(IReadOnlyList<ChatButton> buttons)
    {
        var usable = buttons
            .Select(b => (b.Label, Data: CallbackData.Encode(b)))
            .Where(b => b.Data is not null)
            .Select(b => InlineKeyboardButton.WithCallbackData(b.Label, b.Data!))
            .Chunk(PerRow)
            .ToList();
        return usable.Count == 0 ? null : new InlineKeyboardMarkup(usable);
    }
}
