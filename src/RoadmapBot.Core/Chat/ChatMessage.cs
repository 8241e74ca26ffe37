namespace RoadmapBot.Core.Chat;

/// <summary>One message from a chat, already translated from the platform's payload.</summary>
public sealed record ChatMessage(
    ChatPlatform Platform,
    string SpaceId,
    bool IsGroup,
    string UserId,
    string DisplayName,
    string Text)
{
    public IReadOnlyList<ChatAttachment> Attachments { get; init; } = [];

    /// <summary>The sender's handle on the platform (a Telegram @username, a Discord username); null when they have none.</summary>
    public string? Username { get; init; }

    /// <summary>Whether the platform says, now, that the sender administers the group; null when it could not be asked.</summary>
    public bool? SenderIsPlatformAdmin { get; init; }

    /// <summary>On a button press: the user id of the member the button was made for; null when it is anyone's.</summary>
    public string? ButtonFor { get; init; }

    /// <summary>In a group: the message replies to the bot or mentions it, so its plain words are meant for the bot.</summary>
    public bool AddressedToBot { get; init; }

    /// <summary>The platform's id for this delivery (e.g. a Telegram update): recorded with the command's effect, so a redelivery is skipped.</summary>
    public string? DeliveryKey { get; init; }

    /// <summary>The bot's own user id on this platform, when the adapter knows it: a command naming it (e.g. /buddy) is refused.</summary>
    public string? BotUserId { get; init; }

    /// <summary>A person, or a post as the group or a channel: only a person's words are a member's (the ids are then the group's or channel's).</summary>
    public MessageAuthor Author { get; init; } = MessageAuthor.Person;

    /// <summary>The message is forwarded: someone else's words, which are never acted on as the sender's.</summary>
    public bool Forwarded { get; init; }

    /// <summary>The forum topic the message was posted in (Telegram's message_thread_id); null outside topics.</summary>
    public string? Topic { get; init; }

    /// <summary>True when only the sender sees the reply, even in a group (a Discord ephemeral answer, the local console).</summary>
    public bool RepliesPrivately { get; init; }

    /// <summary>Whether a reply to this message is seen by the sender alone: a private chat, or a private answer in a group.</summary>
    public bool IsPrivateAnswer => !IsGroup || RepliesPrivately;
}

public sealed record ChatAttachment(string FileName, byte[] Content);
