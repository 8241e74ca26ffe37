using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Reminders;
using RoadmapBot.Core.Reminders.Pacing;
using RoadmapBot.Telegram.Rendering;
using RoadmapBot.Telegram.Sending;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace RoadmapBot.Telegram.Reminders;

/// <summary>
/// Sends one reminder to its Telegram chat. Registered behind <see cref="PacedReminderSender"/>, which keeps Telegram's limits:
/// a 429 becomes <see cref="RetryAfterException"/>, a 403 (blocked, never started, removed) means unreachable, a group upgraded
/// to a supergroup is followed to its new id, and any other failure is one log line and another attempt later.
/// </summary>
public sealed class TelegramReminderSender(ITelegramBotClient bot, TelegramChatMoves moves, IOptions<TelegramOptions> options, ILogger<TelegramReminderSender> logger)
    : IReminderSender
{
    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    // Parts of a split reminder already delivered, by outbox key: a retry after a 429 sends only the rest.
    private readonly ConcurrentDictionary<string, int> _partsSent = new();

    public ChatPlatform Platform => ChatPlatform.Telegram;

    public async Task<DeliveryOutcome> SendAsync(ReminderDelivery delivery, CancellationToken ct)
    {
        var chat = ReminderChat.Of(delivery);
        var chatId = long.Parse(chat.Id, CultureInfo.InvariantCulture);
        try
        {
            var topic = ReminderChat.TopicOf(delivery) is { } t ? int.Parse(t, CultureInfo.InvariantCulture) : (int?)null;
            await moves.SendAsync(chatId, (id, c) => SendInTopicAsync(id, topic, delivery.Entry.Key, delivery.Message, c), ct);
            return DeliveryOutcome.Sent;
        }
        catch (Exception e) when (TelegramErrors.IsTooManyRequests(e, out var retryAfter))
        {
            throw new RetryAfterException(retryAfter);
        }
        catch (Exception e) when (TelegramErrors.IsForbidden(e))
        {
            logger.LogInformation("Telegram: chat {Chat} is unreachable ({Reason})", chat.Id, TelegramErrors.Describe(e, options.Value.Token));
            if (delivery.Recipient is { Member: { } member, Space.IsGroup: true } && !chat.IsGroup)
                await AskToStartPrivateChatAsync(delivery.Recipient.Space.ExternalId, member.DisplayName, ct);
            return DeliveryOutcome.Unreachable;
        }
        catch (Exception e) when (e is RequestException && !ct.IsCancellationRequested)
        {
            // A Bot API failure is a line, not a stack trace: the outbox tries again later.
            logger.LogWarning("Telegram: reminder {Key} to chat {Chat} not sent ({Reason}); it will be tried again", delivery.Entry.Key, chat.Id,
                TelegramErrors.Describe(e, options.Value.Token));
            return DeliveryOutcome.RetryLater;
        }
    }

    private async Task SendInTopicAsync(long chatId, int? topic, string key, ChatReply reply, CancellationToken ct)
    {
        try
        {
            await SendReplyAsync(chatId, topic, key, reply, ct);
        }
        catch (ApiRequestException e) when (topic is not null && e.ErrorCode == 400 && e.Message.Contains("thread not found", StringComparison.OrdinalIgnoreCase))
        {
            // The topic was deleted since /remind to here: the group's main chat still reaches the member.
            await SendReplyAsync(chatId, null, key, reply, ct);
        }
    }

    private async Task SendReplyAsync(long chatId, int? topic, string key, ChatReply reply, CancellationToken ct)
    {
        var chunks = TelegramHtml.Render(reply);
        var keyboard = TelegramKeyboard.For(reply.Buttons);
        var photo = reply.File is { } file && TelegramPhoto.IsPhoto(file) ? file : null;
        if (photo is not null && TelegramPhoto.FitsCaption(chunks))
        {
            await bot.SendPhoto(chatId, TelegramPhoto.Input(photo), chunks.Count == 1 ? chunks[0] : null, ParseMode.Html, replyMarkup: keyboard,
                messageThreadId: topic, cancellationToken: ct);
            return;
        }
        for (var i = _partsSent.GetValueOrDefault(key); i < chunks.Count; i++)
        {
            await bot.SendMessage(chatId, chunks[i], ParseMode.Html, replyMarkup: i == chunks.Count - 1 ? keyboard : null,
                linkPreviewOptions: NoPreview, messageThreadId: topic, cancellationToken: ct);
            _partsSent[key] = i + 1;
        }
        // The photo is the last part: a retry after a 429 on it sends only the photo.
        if (photo is not null)
            await bot.SendPhoto(chatId, TelegramPhoto.Input(photo), messageThreadId: topic, cancellationToken: ct);
        _partsSent.TryRemove(key, out _);
    }

    /// <summary>
    /// A bot may not write first: a member who never opened a private chat hears so once, in the group. Once, because the member
    /// is then marked unreachable and gets nothing more until they write to the bot.
    /// </summary>
    private async Task AskToStartPrivateChatAsync(string groupId, string memberName, CancellationToken ct)
    {
        try
        {
            await bot.SendMessage(long.Parse(groupId, CultureInfo.InvariantCulture),
                $"{TelegramHtml.Escape(Mentions.Defuse(memberName))}: I can't send your reminders privately yet. " +
                "Open a private chat with me and press <b>Start</b>, or use <code>/remind to here</code> to get them in this group.",
                ParseMode.Html, cancellationToken: ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogInformation("Telegram: could not tell group {Group} about a member's private chat ({Reason})", groupId,
                TelegramErrors.Describe(e, options.Value.Token));
        }
    }
}
