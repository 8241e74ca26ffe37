namespace RoadmapBot.Core.Commands;

public interface IChatCommand
{
    Task<Chat.ChatReply> ExecuteAsync(CommandContext context);
}
