using RoadmapBot.Core.Chat;

namespace RoadmapBot.Host.Console;

/// <summary>Who is typing in the console chat, and where.</summary>
public sealed record ConsoleIdentity(string Space, string User, bool Group, bool Admin)
{
    /// <summary>The bot's name in the console: the one user /buddy can never pair with.</summary>
    public const string BotName = "roadmapbot";

    public ChatMessage Message(string text, IReadOnlyList<ChatAttachment>? attachments = null) =>
        new(ChatPlatform.Console, Space, Group, User, User, text)
        {
            Attachments = attachments ?? [],
            SenderIsPlatformAdmin = Admin,
            // Whoever types in the console talks to the bot, in a group as well.
            AddressedToBot = true,
            BotUserId = BotName,
        };
}
