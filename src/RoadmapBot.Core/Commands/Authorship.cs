using RoadmapBot.Core.Chat;

namespace RoadmapBot.Core.Commands;

/// <summary>
/// Only a member's own words are acted on: a post as the group or as a channel names no member, and a forwarded message is
/// someone else's (a forwarded "/done t2" or "did 2h" is not the forwarder's work).
/// </summary>
public static class Authorship
{
    /// <summary>Null for a member's own message; otherwise the one line that says why it is not acted on.</summary>
    public static ChatReply? NotOwn(ChatMessage message) => message.Author switch
    {
        MessageAuthor.Person when message.Forwarded => ChatReply.Text("That's a forwarded message: I only act on what you write yourself."),
        MessageAuthor.Group => ChatReply.Text(
            "I can't tell who sent this: you're posting anonymously as the group. Turn off “Remain anonymous” for yourself in the ",
            "group's admin rights, or send it to me in a private chat."),
        MessageAuthor.Channel => ChatReply.Text(
            "I can't tell who sent this: it was posted as a channel. Send it from your own account, or to me in a private chat."),
        _ => null,
    };
}
