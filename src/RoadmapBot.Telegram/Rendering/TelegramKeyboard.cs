using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Commands;
using Telegram.Bot.Types.ReplyMarkups;

namespace RoadmapBot.Telegram.Rendering;

/// <summary>A reply's buttons as an inline keyboard, three to a row: links as URL buttons; a button whose command does not fit in callback data is left out.</summary>
public static class TelegramKeyboard
{
    private const int PerRow = 3;

    /// <summary>The keyboard; a button that opens the private chat needs the bot's <paramref name="botUsername"/> (left out without it).</summary>
    public static InlineKeyboardMarkup? For(IReadOnlyList<ChatButton> buttons, string? botUsername = null)
    {
        var usable = buttons
            .Select(b => Button(b, botUsername))
            .OfType<InlineKeyboardButton>()
            .Chunk(PerRow)
            .ToList();
        return usable.Count == 0 ? null : new InlineKeyboardMarkup(usable);
    }

    private static InlineKeyboardButton? Button(ChatButton button, string? botUsername)
    {
        if (button.Url is { } url)
            return InlineKeyboardButton.WithUrl(button.Label, url);
        // A deep link: Telegram opens the private chat and sends "/start dashboard", which the engine answers with the link.
        if (button.OpensPrivateChat)
            return string.IsNullOrEmpty(botUsername) || CommandLine.Parse(button.Command) is not { } line
                ? null
                : InlineKeyboardButton.WithUrl(button.Label, $"https://t.me/{botUsername}?start={line.Verb}");
        return CallbackData.Encode(button) is { } data ? InlineKeyboardButton.WithCallbackData(button.Label, data) : null;
    }
}
