using RoadmapBot.Core.Chat;

namespace RoadmapBot.Core.Commands;

/// <summary>/start: what the bot does, the member's time zone, and what to type first.</summary>
public sealed class StartCommand : IChatCommand
{
    public async Task<ChatReply> ExecuteAsync(CommandContext context)
    {
        // A group's "open the private chat" button arrives here as /start dashboard_GROUP (or calendar_…): answer with the link.
        if (context.Words is [var opened] && WebLinkCommand.FromStart(opened) is { } link)
            return await new WebLinkCommand(link.Kind).LinkAsync(context, link.Group);
        var hasRoadmap = await context.LoadRoadmapAsync() is not null;
        var reply = new ReplyBuilder()
            .Line(Span.Bold("Hi! I keep you on your learning roadmap."))
            .Line("Load your Markdown roadmap, then tell me what you did: tasks done, SQL problems solved, hours worked. I show progress, streaks and what is next.")
            .Line("Your time zone is ", Span.Code(context.Zone.Id), context.Member.TimeZone is null ? " (not set yet): send /timezone Area/City, e.g. /timezone Europe/Berlin." : ".");
        if (hasRoadmap)
            reply.Line("Try ", Span.Code("/today"), ", ", Span.Code("/done t1"), ", ", Span.Code("/log sql 4"), " and ", Span.Code("/progress"), ".")
                .Button("Today", "/today").Button("Progress", "/progress");
        else
            reply.Line("First, " + (context.IsAdmin ? "send " : "ask an admin to send "), Span.Code("/import"), " with your roadmap's .md file attached, or paste its text after /import.");
        return reply.Line("All commands: ", Span.Code("/help"), ".").Build();
    }
}
