using RoadmapBot.Core.Chat;

namespace RoadmapBot.Core.Commands;

/// <summary>Lines many commands share; the refusals among them are for the asker alone (<see cref="ChatReply.ForAsker"/>).</summary>
public static class Replies
{
    public static ChatReply NoRoadmap { get; } = ChatReply.Refusal(
        "No roadmap here yet. An admin can load one: send ", Span.Code("/import"), " with a .md file attached, or paste the text after it.");

    /// <summary>A refusal to a non-admin; when the platform could not say who the admins are, it says so instead of "not an admin".</summary>
    public static ChatReply AdminsOnly(CommandContext context, string what) => context.Message.SenderIsPlatformAdmin is null && context.Space.IsGroup
        ? ChatReply.Refusal($"I couldn't ask {context.Message.Platform} who this group's admins are just now, so I can't let you {what} yet. Try again in a minute.")
        : ChatReply.Refusal($"Only group admins can {what}.");

    public static ChatReply Usage(string verb) => ChatReply.Refusal(CommandCatalog.UsageLine(verb));

    public const string SomethingWentWrong = "Something went wrong on my side, sorry. Please try again in a moment.";

    public static string SlowDown => $"Slow down a little: at most {CommandRateLimiter.PerMinute} commands a minute. Try again shortly.";

    /// <summary>What the bot says when it is added to a group, on every platform.</summary>
    public static ChatReply GroupHello { get; } = new ReplyBuilder()
        .Line("Hello! I'm RoadmapBot: I keep this group on track with a shared learning roadmap.")
        .Line("A group admin imports the roadmap: send ", Span.Code("/import"), " with the roadmap's ", Span.Code(".md"), " file attached.")
        .Line("Then everyone can use ", Span.Code("/today"), ", ", Span.Code("/done KEY"), " and ", Span.Code("/progress"), ". ",
            Span.Code("/help"), " lists every command.")
        .Build();
}
