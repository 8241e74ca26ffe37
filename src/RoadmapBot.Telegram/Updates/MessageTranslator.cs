using System.Globalization;
using System.Text.RegularExpressions;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Commands;
using RoadmapBot.Core.Import;
using RoadmapBot.Telegram.Rendering;
using RoadmapBot.Telegram.Sending;
using Microsoft.Extensions.Options;
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
public sealed class MessageTranslator(
    ITelegramBotClient bot, TelegramIdentity identity, GroupAdmins admins, CommandRateLimiter rateLimiter, IOptions<TelegramOptions> options,
    TelegramRetry retry)
{
    // The Bot API client reads a whole file before handing it over; this one stops reading at the limit.
    private static readonly HttpClient Files = new() { Timeout = TimeSpan.FromSeconds(60) };

    public async Task<Translation> TranslateAsync(Message message, CancellationToken ct)
    {
        // With sender_chat, from is a stand-in (GroupAnonymousBot, Channel_Bot, or Telegram's own account for a linked channel).
        var author = message.SenderChat is not { } postedAs ? MessageAuthor.Person : postedAs.Id == message.Chat.Id ? MessageAuthor.Group : MessageAuthor.Channel;
        if (message.From is not { } from || from.IsBot && author == MessageAuthor.Person || message.Chat.Type == ChatType.Channel)
            return Translation.Ignore;
        var text = message.Text ?? message.Caption ?? "";
        if (message.ReplyToMessage is { From.Id: var to, Text: var prompt } && to == identity.BotId
            && ReviewPrompt.Number(prompt) is { } question && !text.StartsWith('/'))
            text = $"/review {question} {text}";
        // In a group, plain words reach the bot only in a reply to it or with its @name (which is not part of the log).
        var addressed = IsGroup(message.Chat) && !text.StartsWith('/') && IsAddressed(message, text);
        if (text.StartsWith('/') ? !IsForUs(text) : IsGroup(message.Chat) && !addressed || text.Length == 0 && message.Document is null)
            return Translation.Ignore;  // group chatter, stickers, and commands for other bots

        text = addressed ? WithoutMention(text) : BuddyMentions.Resolve(message, text, identity);
        // No one's words, or someone else's: nothing to ask Telegram or download, the engine says why it doesn't act.
        if (author != MessageAuthor.Person)
            return new(ToChatMessage(message.Chat, message.SenderChat!, text) with { Author = author, AddressedToBot = addressed });
        if (message.ForwardOrigin is not null)
            return new(ToChatMessage(message.Chat, from, text) with { Forwarded = true, AddressedToBot = addressed });
        var chatMessage = ToChatMessage(message.Chat, from, text) with
        {
            BotUserId = identity.BotId.ToString(CultureInfo.InvariantCulture),
            SenderIsPlatformAdmin = IsGroup(message.Chat) ? await admins.IsAdminAsync(message.Chat.Id, from.Id, ct, CommandCatalog.ChecksAdmin(text)) : null,
            AddressedToBot = addressed,
            Topic = message.IsTopicMessage ? message.MessageThreadId?.ToString(CultureInfo.InvariantCulture) : null,
        };
        if (message.Document is not { } document)
            return new(chatMessage);
        if (!IsImport(text))
            return IsGroup(message.Chat) ? Translation.Ignore : new(null, "To import a roadmap, send the file with /import as its caption.");
        if (RoadmapUpload.Refusal(document.FileName ?? "", document.FileSize ?? 0) is { } refusal)
            return new(null, refusal);
        // Who may import, and how often, is decided before anything is fetched: without the file, the engine gives its refusal.
        if (chatMessage.IsGroup && chatMessage.SenderIsPlatformAdmin == false || rateLimiter.IsLimited(ChatPlatform.Telegram, chatMessage.UserId))
            return new(chatMessage);
        try
        {
            // A moment's failure (a 5xx, a 429, no connection) is fetched again; what still fails is answered, never dropped.
            var content = await retry.RunAsync(c => DownloadAsync(document.FileId, c), "getFile", ct);
            return new(chatMessage with { Attachments = [new ChatAttachment(document.FileName ?? "roadmap.md", content)] });
        }
        catch (Exception e) when (Rejection(e) is { } rejected)
        {
            return new(null, rejected.Message);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            return new(null, TelegramErrors.FetchFailure(e));
        }
    }

    /// <summary>A button press, as the member who pressed it typing the button's command.</summary>
    public async Task<ChatMessage> TranslatePressAsync(Chat chat, User from, string command, CancellationToken ct) =>
        ToChatMessage(chat, from, command) with
        {
            SenderIsPlatformAdmin = IsGroup(chat) ? await admins.IsAdminAsync(chat.Id, from.Id, ct, CommandCatalog.ChecksAdmin(command)) : null,
        };

    public static bool IsGroup(Chat chat) => chat.Type is ChatType.Group or ChatType.Supergroup;

    private static ChatMessage ToChatMessage(Chat chat, User from, string text) =>
        new(ChatPlatform.Telegram, chat.Id.ToString(CultureInfo.InvariantCulture), IsGroup(chat), from.Id.ToString(CultureInfo.InvariantCulture), DisplayName(from), text)
        {
            Username = from.Username,
        };

    // A post as the group or a channel: the chat it was posted as stands for the sender.
    private static ChatMessage ToChatMessage(Chat chat, Chat postedAs, string text) =>
        new(ChatPlatform.Telegram, chat.Id.ToString(CultureInfo.InvariantCulture), IsGroup(chat), postedAs.Id.ToString(CultureInfo.InvariantCulture), postedAs.Title ?? "", text);

    private static string DisplayName(User user)
    {
        var name = $"{user.FirstName} {user.LastName}".Trim();
        return name.Length > 0 ? name : user.Username ?? user.Id.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Commands without a bot name, or naming this bot; "/help@OtherBot" belongs to another bot in the group.</summary>
    private bool IsForUs(string text)
    {
        var head = text.Split([' ', '\n', '\t'], 2)[0];
        var at = head.IndexOf('@');
        return at < 0 || head[(at + 1)..].Equals(identity.Username, StringComparison.OrdinalIgnoreCase);
    }

    private bool IsAddressed(Message message, string text) =>
        message.ReplyToMessage?.From?.Id == identity.BotId || (identity.Username.Length > 0 && Mention().IsMatch(text));

    private string WithoutMention(string text) => identity.Username.Length == 0 ? text : Mention().Replace(text, "").Trim();

    private Regex Mention() => new($@"(?<!\w)@{Regex.Escape(identity.Username)}\b", RegexOptions.IgnoreCase);

    private static bool IsImport(string text) =>
        Core.Commands.CommandLine.Parse(text) is { Verb: "import" };

    // The Bot API client wraps what the buffer threw.
    private static RoadmapRejectedException? Rejection(Exception? e) =>
        e is null ? null : e as RoadmapRejectedException ?? Rejection(e.InnerException);

    private async Task<byte[]> DownloadAsync(string fileId, CancellationToken ct)
    {
        var file = await bot.GetFile(fileId, ct);
        var api = string.IsNullOrWhiteSpace(options.Value.ApiBaseUrl) ? "https://api.telegram.org" : options.Value.ApiBaseUrl.TrimEnd('/');
        using var response = await Files.GetAsync($"{api}/file/bot{options.Value.Token}/{file.FilePath}", HttpCompletionOption.ResponseHeadersRead, ct);
        response.EnsureSuccessStatusCode();
        // file_size may be missing: the buffer itself stops the download at 1 MB, and the rest is never read.
        using var content = RoadmapUpload.Buffer();
        await using (var stream = await response.Content.ReadAsStreamAsync(ct))
            await stream.CopyToAsync(content, ct);
        return content.ToArray();
    }
}
