using System.Globalization;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Groups;
using Telegram.Bot.Exceptions;

namespace RoadmapBot.Telegram.Sending;

/// <summary>
/// A group upgraded to a supergroup refuses sends with its new id (migrate_to_chat_id): the space moves there, as on the
/// migrate service message (<see cref="GroupLife.MoveAsync"/>), and the send goes to the new chat.
/// </summary>
public sealed class TelegramChatMoves(GroupLife groups)
{
    public async Task SendAsync(long chatId, Func<long, CancellationToken, Task> send, CancellationToken ct)
    {
        try
        {
            await send(chatId, ct);
        }
        catch (ApiRequestException e) when (e.Parameters?.MigrateToChatId is { } to)
        {
            await groups.MoveAsync(ChatPlatform.Telegram, Id(chatId), Id(to), ct);
            await send(to, ct);
        }
    }

    private static string Id(long chatId) => chatId.ToString(CultureInfo.InvariantCulture);
}
