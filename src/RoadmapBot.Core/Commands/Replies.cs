using RoadmapBot.Core.Chat;

namespace RoadmapBot.Core.Commands;

/// <summary>Lines many commands share.</summary>
public static class Replies
{
    public static ChatReply NoRoadmap { get; } = ChatReply.Text(
        "No roadmap here yet. An admin can load one: send ", Span.Code("/import"), " with a .md file attached, or paste the text after it.");

    public static ChatReply AdminsOnly(string what) => ChatReply.Text($"Only group admins can {what}.");

    public static ChatReply Usage(string verb) => ChatReply.Text(CommandCatalog.UsageLine(verb));
}
