using System.Text.Json.Nodes;

namespace RoadmapBot.Telegram.Tests.Fakes;

public sealed record FakeUser(long Id, string FirstName, string? LastName = null, string? Username = null)
{
    public JsonObject Json()
    {
        var user = new JsonObject { ["id"] = Id, ["is_bot"] = false, ["first_name"] = FirstName };
        if (LastName is not null) user["last_name"] = LastName;
        if (Username is not null) user["username"] = Username;
        return user;
    }
}

public sealed record FakeChat(long Id, string Type, string? Title = null)
{
    public static FakeChat Private(FakeUser user) => new(user.Id, "private");

    public static FakeChat Group(long id, string title = "Study group") => new(id, "supergroup", title);

    public JsonObject Json()
    {
        var chat = new JsonObject { ["id"] = Id, ["type"] = Type };
        if (Title is not null) chat["title"] = Title;
        return chat;
    }
}

/// <summary>Updates as Telegram sends them, for what members do in the tests.</summary>
public static class TelegramUpdates
{
    private static int _messageId = 1;

    public static JsonObject Text(FakeChat chat, FakeUser from, string text, JsonObject? replyTo = null)
    {
        var message = Message(chat, from);
        message["text"] = text;
        if (CommandEntity(text) is { } entity) message["entities"] = new JsonArray(entity);
        if (replyTo is not null) message["reply_to_message"] = replyTo;
        return new JsonObject { ["message"] = message };
    }

    /// <summary>The update's message as posted in a forum topic (or, with <paramref name="forum"/> false, in a reply thread outside a forum).</summary>
    public static JsonObject InTopic(JsonObject update, int topic, bool forum = true)
    {
        var message = (update["message"] ?? update["callback_query"]!["message"])!;
        message["message_thread_id"] = topic;
        if (forum) message["is_topic_message"] = true;
        return update;
    }

    /// <param name="size">The file_size Telegram reports; null leaves it out, as Telegram may.</param>
    public static JsonObject Document(FakeChat chat, FakeUser from, string fileId, string fileName, long? size, string caption)
    {
        var message = Message(chat, from);
        message["document"] = new JsonObject
        {
            ["file_id"] = fileId, ["file_unique_id"] = "u" + fileId, ["file_name"] = fileName, ["mime_type"] = "text/markdown",
        };
        if (size is not null) message["document"]!["file_size"] = size;
        message["caption"] = caption;
        if (CommandEntity(caption) is { } entity) message["caption_entities"] = new JsonArray(entity);
        return new JsonObject { ["message"] = message };
    }

    /// <summary>A press on a button of a message the bot sent (as recorded by the fake).</summary>
    public static JsonObject Press(FakeChat chat, FakeUser from, int messageId, string data) => new()
    {
        ["callback_query"] = new JsonObject
        {
            ["id"] = "cb" + Interlocked.Increment(ref _messageId), ["from"] = from.Json(), ["chat_instance"] = "ci" + chat.Id, ["data"] = data,
            ["message"] = new JsonObject
            {
                ["message_id"] = messageId, ["date"] = Now, ["chat"] = chat.Json(), ["from"] = FakeBotApi.BotUser, ["text"] = "…",
            },
        },
    };

    /// <summary>A message of the bot's, for reply_to_message.</summary>
    public static JsonObject BotMessage(FakeChat chat, int messageId, string text) => new()
    {
        ["message_id"] = messageId, ["date"] = Now, ["chat"] = chat.Json(), ["from"] = FakeBotApi.BotUser, ["text"] = text,
    };

    public static JsonObject BotMembership(FakeChat chat, FakeUser by, string oldStatus, string newStatus) => new()
    {
        ["my_chat_member"] = new JsonObject
        {
            ["chat"] = chat.Json(), ["from"] = by.Json(), ["date"] = Now,
            ["old_chat_member"] = Member(oldStatus), ["new_chat_member"] = Member(newStatus),
        },
    };

    /// <summary>Someone else's status in a group changed (a promotion or demotion): Telegram's chat_member update.</summary>
    public static JsonObject MemberStatus(FakeChat chat, FakeUser member, string oldStatus, string newStatus) => new()
    {
        ["chat_member"] = new JsonObject
        {
            ["chat"] = chat.Json(), ["from"] = member.Json(), ["date"] = Now,
            ["old_chat_member"] = Member(oldStatus, member.Json()), ["new_chat_member"] = Member(newStatus, member.Json()),
        },
    };

    /// <summary>The service message a group gets when <paramref name="member"/> leaves it (or is removed).</summary>
    public static JsonObject LeftChat(FakeChat chat, FakeUser member)
    {
        var message = Message(chat, member);
        message["left_chat_member"] = member.Json();
        return new JsonObject { ["message"] = message };
    }

    public static JsonObject MigrateTo(FakeChat oldGroup, FakeUser by, long newChatId)
    {
        var message = Message(oldGroup with { Type = "group" }, by);
        message["migrate_to_chat_id"] = newChatId;
        return new JsonObject { ["message"] = message };
    }

    private static long Now => DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    private static JsonObject Member(string status, JsonObject? user = null)
    {
        var member = new JsonObject { ["status"] = status, ["user"] = user ?? FakeBotApi.BotUser };
        if (status == "kicked") member["until_date"] = 0;
        if (status == "administrator")
            foreach (var right in new[] { "can_be_edited", "is_anonymous", "can_manage_chat", "can_delete_messages", "can_manage_video_chats",
                         "can_restrict_members", "can_promote_members", "can_change_info", "can_invite_users", "can_post_stories",
                         "can_edit_stories", "can_delete_stories" })
                member[right] = false;
        return member;
    }

    private static JsonObject Message(FakeChat chat, FakeUser from) => new()
    {
        ["message_id"] = Interlocked.Increment(ref _messageId), ["date"] = Now, ["chat"] = chat.Json(), ["from"] = from.Json(),
    };

    private static JsonObject? CommandEntity(string text)
    {
        if (!text.StartsWith('/')) return null;
        var end = text.IndexOfAny([' ', '\n']);
        return new JsonObject { ["type"] = "bot_command", ["offset"] = 0, ["length"] = end < 0 ? text.Length : end };
    }
}
