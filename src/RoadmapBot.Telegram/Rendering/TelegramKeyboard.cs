using System.Text.RegularExpressions;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Commands;
using Telegram.Bot.Types.ReplyMarkups;

namespace RoadmapBot.Telegram.Rendering;

/// <summary>A reply's buttons as an inline keyboard, three to a row: links as URL buttons; a button whose command does not fit in callback data is left out.</summary>
public static partial class TelegramKeyboard
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
        // A deep link: Telegram opens the private chat and sends "/start dashboard_-100…", which the engine answers with the link.
        if (button.OpensPrivateChat)
            return string.IsNullOrEmpty(botUsername) || StartPayload(button.Command) is not { } payload
                ? null
                : InlineKeyboardButton.WithUrl(button.Label, $"https://t.me/{botUsername}?start={payload}");
        return CallbackData.Encode(button) is { } data ? InlineKeyboardButton.WithCallbackData(button.Label, data) : null;
    }

    /// <summary>
    /// A /start command's argument (or another command's verb) as a deep-link payload: Telegram takes 1-64 of A-Z a-z 0-9 _ -,
    /// so anything else falls back to the part before the first '_' ("dashboard").
    /// </summary>
    public static string? StartPayload(string command)
    {
        if (CommandLine.Parse(command) is not { } line)
            return null;
        var payload = line.Verb == "start" ? line.Arguments.Trim() : line.Verb;
        if (DeepLinkPayload().IsMatch(payload))
            return payload;
        var kind = payload.Split('_')[0];
        return DeepLinkPayload().IsMatch(kind) ? kind : null;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex DeepLinkPayload();
}
