using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Import;
using RoadmapBot.Telegram.Rendering;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace RoadmapBot.Telegram.Updates;

/// <summary>What a Telegram message asks of the engine: a <see cref="ChatMessage"/>, a short answer of our own, or nothing.</summary>
public sealed record Translation(ChatMessage? Message, string? Answer = null)
{
    public static readonly Translation Ignore = new(Message: null);
}

/// <summary>Telegram message -> engine message: commands (also /cmd@BotName), /import captions on documents, replies to review prompts.</summary>
public sealed class MessageTranslator(ITelegramBotClient bot, TelegramIdentity identity, GroupAdmins admins)
{
    private static readonly string[] RoadmapExtensions = [".md", ".markdown", ".txt"];

    public async Task<Translation> TranslateAsync(Message message, CancellationToken ct)
    {
        if (message.From is not { IsBot: false } from || message.Chat.Type == ChatType.Channel)
            return Translation.Ignore;
        var text = message.Text ?? message.Caption ?? "";
        if (message.ReplyToMessage is { From.Id: var to, Text: var prompt } && to == identity.BotId
            && ReviewPrompt.Number(prompt) is { } question && !text.StartsWith('/'))
            text = $"/review {question} {text}";
        else if (text.StartsWith('/') ? !IsForUs(text) : IsGroup(message.Chat) || text.Length == 0 && message.Document is null)
            return Translation.Ignore;  // group chatter, stickers, and commands for other bots

        var attachments = new List<ChatAttachment>();
        if (message.Document is { } document)
        {
            if (!IsImport(text))
                return IsGroup(message.Chat) ? Translation.Ignore : new(null, "To import a roadmap, send the file with /import as its caption.");
            if (!RoadmapExtensions.Contains(Path.GetExtension(document.FileName ?? "").ToLowerInvariant()))
                return new(null, "Send the roadmap as a .md or .txt file, with /import as the caption.");
            if (document.FileSize > RoadmapImporter.MaxBytes)
                return new(null, $"The file is {document.FileSize / 1024:N0} KB; roadmaps are limited to 1 MB.");
            attachments.Add(new ChatAttachment(document.FileName ?? "roadmap.md", await DownloadAsync(document.FileId, ct)));
        }
        return new(ToChatMessage(message.Chat, from, text) with
        {
            Attachments = attachments,
            SenderIsPlatformAdmin = IsGroup(message.Chat) ? await admins.IsAdminAsync(message.Chat.Id, from.Id, ct) : null,
        });
    }

    /// <summary>A button press, as the member who pressed it typing the button's command.</summary>
    public async Task<ChatMessage> TranslatePressAsync(Chat chat, User from, string command, CancellationToken ct) =>
        ToChatMessage(chat, from, command) with
        {
            SenderIsPlatformAdmin = IsGroup(chat) ? await admins.IsAdminAsync(chat.Id, from.Id, ct) : null,
        };

    public static bool IsGroup(Chat chat) => chat.Type is ChatType.Group or ChatType.Supergroup;

    private static ChatMessage ToChatMessage(Chat chat, User from, string text) =>
        new(ChatPlatform.Telegram, chat.Id.ToString(), IsGroup(chat), from.Id.ToString(), DisplayName(from), text);

    private static string DisplayName(User user)
    {
        var name = $"{user.FirstName} {user.LastName}".Trim();
        return name.Length > 0 ? name : user.Username ?? user.Id.ToString();
    }

    /// <summary>Commands without a bot name, or naming this bot; "/help@OtherBot" belongs to another bot in the group.</summary>
    private bool IsForUs(string text)
    {
        var head = text.Split([' ', '\n', '\t'], 2)[0];
        var at = head.IndexOf('@');
        return at < 0 || head[(at + 1)..].Equals(identity.Username, StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsImport(string text) =>
        Core.Commands.CommandLine.Parse(text) is { Verb: "import" };

    private async Task<byte[]> DownloadAsync(string fileId, CancellationToken ct)
    {
        var file = await bot.GetFile(fileId, ct);
        using var content = new MemoryStream();
        await bot.DownloadFile(file, content, ct);
        return content.ToArray();
    }
}
