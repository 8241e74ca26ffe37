using Telegram.Bot.Types;

namespace RoadmapBot.Telegram.Updates;

/// <summary>The chat an update belongs to: its updates are handled in order, other chats' beside them.</summary>
public static class UpdateChat
{
    public static long Of(Update update) =>
        update.Message?.Chat.Id ?? update.CallbackQuery?.Message?.Chat.Id ?? update.CallbackQuery?.From.Id ?? update.MyChatMember?.Chat.Id ?? update.ChatMember?.Chat.Id ?? 0;
}
