using RoadmapBot.Core.Chat;

namespace RoadmapBot.Core.Commands.Plain;

/// <summary>/yes: applies what was read from the member's last plain message, when it is still waiting.</summary>
public sealed class YesCommand(CommandRouter router) : IChatCommand
{
    public async Task<ChatReply> ExecuteAsync(CommandContext context)
    {
        var actions = PlainPending.Parse(context.Member.Settings).Fresh(context.Now);
        if (actions.Count == 0)
            return ChatReply.Refusal("Nothing is waiting for a yes. Tell me what you did, e.g. “did 4 sql problems”.");
        await PlainCommand.KeepAsync(context, null);
        return await PlainApply.RunAsync(context, router, actions);
    }
}
