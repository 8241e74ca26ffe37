using RoadmapBot.Core.Chat;
using RoadmapBot.Telegram.Rendering;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace RoadmapBot.Telegram.Sending;

/// <summary>
/// Engine replies into a chat as HTML messages (buttons on the last), a chart as a photo (captioned with the text when it
/// fits) or another file as a document, and a review prompt; each message queued on its own, in the forum topic it answers.
/// </summary>
public sealed class TelegramReplies(ITelegramBotClient bot, TelegramChatQueue queue, TelegramIdentity? identity = null)
{
    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    /// <summary>Queues the replies; the task ends when the last one was sent (or given up).</summary>
    /// <param name="topic">The forum topic (message_thread_id) the replies belong in; null for a chat's main thread.</param>
    public Task SendAsync(long chatId, IEnumerable<ChatReply> replies, int? replyTo = null, int? topic = null)
    {
        var last = Task.CompletedTask;
        foreach (var reply in replies)
            last = Send(chatId, reply, replyTo, topic);
        return last;
    }

    /// <summary>
    /// Shows a button's result in the message that had the button; what does not fit in one message follows as new ones, and so
    /// does the whole result when that message is gone (deleted, or too old to edit).
    /// </summary>
    public Task EditAsync(long chatId, int messageId, ChatReply reply, int? replyTo, int? topic = null)
    {
        var chunks = TelegramHtml.Render(reply);
        if (chunks.Count != 1 || reply.File is not null || reply.Form is not null)
        {
            queue.Enqueue(chatId, "editMessageReplyMarkup", ct => IgnoreNotModified(bot.EditMessageReplyMarkup(chatId, messageId, replyMarkup: null, cancellationToken: ct), orGone: true));
            return Send(chatId, reply, replyTo, topic);
        }
        var keyboard = TelegramKeyboard.For(reply.Buttons, identity?.Username);
        var gone = false;
        queue.Enqueue(chatId, "editMessageText", async ct =>
        {
            try
            {
                await IgnoreNotModified(bot.EditMessageText(chatId, messageId, chunks[0], ParseMode.Html, replyMarkup: keyboard, linkPreviewOptions: NoPreview, cancellationToken: ct));
            }
            catch (Exception e) when (TelegramErrors.IsMessageGone(e))
            {
                gone = true;
            }
        });
        // Queued right behind the edit, so the result keeps its place before anything sent after it; sent only if the edit found nothing.
        return queue.Enqueue(chatId, "sendMessage", ct => gone
            ? bot.SendMessage(chatId, chunks[0], ParseMode.Html, replyMarkup: keyboard, linkPreviewOptions: NoPreview, messageThreadId: topic, cancellationToken: ct)
            : Task.CompletedTask, repeatable: false);
    }

    private Task Send(long chatId, ChatReply reply, int? replyTo, int? topic)
    {
        var chunks = TelegramHtml.Render(reply);
        var keyboard = TelegramKeyboard.For(reply.Buttons, identity?.Username);
        var photo = reply.File is { } f && TelegramPhoto.IsPhoto(f) ? f : null;
        var last = Task.CompletedTask;
        if (photo is not null && TelegramPhoto.FitsCaption(chunks))
        {
            var caption = chunks.Count == 1 ? chunks[0] : null;
            last = queue.Enqueue(chatId, "sendPhoto", ct =>
                bot.SendPhoto(chatId, TelegramPhoto.Input(photo), caption, ParseMode.Html, replyMarkup: keyboard, messageThreadId: topic, cancellationToken: ct), repeatable: false);
        }
        else
        {
            for (var i = 0; i < chunks.Count; i++)
            {
                var (html, markup) = (chunks[i], i == chunks.Count - 1 ? keyboard : null);
                last = queue.Enqueue(chatId, "sendMessage", ct =>
                    bot.SendMessage(chatId, html, ParseMode.Html, replyMarkup: markup, linkPreviewOptions: NoPreview, messageThreadId: topic, cancellationToken: ct), repeatable: false);
            }
            if (photo is not null)
                last = queue.Enqueue(chatId, "sendPhoto", ct => bot.SendPhoto(chatId, TelegramPhoto.Input(photo), messageThreadId: topic, cancellationToken: ct), repeatable: false);
            else if (reply.File is { } file)
                last = queue.Enqueue(chatId, "sendDocument", ct => bot.SendDocument(chatId, TelegramPhoto.Input(file), messageThreadId: topic, cancellationToken: ct), repeatable: false);
        }
        if (reply.Form is { } form && ReviewPrompt.FirstOpen(form) is { } question)
            last = SendPromptAsync(chatId, question, replyTo, topic);
        return last;
    }

    /// <summary>A review question as a ForceReply prompt, aimed at the member whose message it answers (Selective) in a group.</summary>
    public Task SendPromptAsync(long chatId, ReviewQuestion question, int? replyTo, int? topic = null) =>
        queue.Enqueue(chatId, "sendMessage", ct => bot.SendMessage(chatId, ReviewPrompt.Text(question), ParseMode.Html,
            replyParameters: replyTo is { } id ? new ReplyParameters { MessageId = id, AllowSendingWithoutReply = true } : null,
            replyMarkup: new ForceReplyMarkup { Selective = true, InputFieldPlaceholder = "Your answer" },
            messageThreadId: topic, cancellationToken: ct), repeatable: false);

    private static async Task IgnoreNotModified(Task call, bool orGone = false)
    {
        try
        {
            await call;
        }
        catch (ApiRequestException e) when (e.ErrorCode == 400 && e.Message.Contains("not modified", StringComparison.OrdinalIgnoreCase))
        {
            // Pressing a button twice shows the same text again; Telegram refuses an edit that changes nothing.
        }
        catch (Exception e) when (orGone && TelegramErrors.IsMessageGone(e))
        {
            // A deleted message has no buttons left to take away.
        }
    }
}
