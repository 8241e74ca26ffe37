using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Commands;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Groups;
using RoadmapBot.Telegram.Rendering;
using RoadmapBot.Telegram.Sending;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace RoadmapBot.Telegram.Updates;

/// <summary>One update: translated, handed to the engine, and the replies queued. Resolved from a fresh scope per update.</summary>
public sealed class TelegramUpdateHandler(
    ITelegramBotClient bot,
    ChatEngine engine,
    MessageTranslator translator,
    TelegramReplies replies,
    TelegramChatQueue queue,
    GroupLife groups,
    GroupAdmins admins,
    TelegramIdentity identity,
    DatabaseTrouble trouble,
    IOptions<TelegramOptions> options,
    ILogger<TelegramUpdateHandler> logger)
{
    private const int MaxCallbackAnswer = 200;

    public async Task HandleAsync(Update update, CancellationToken ct)
    {
        try
        {
            await (update switch
            {
                { Message: { MigrateToChatId: { } to } m } => groups.MoveAsync(ChatPlatform.Telegram, Id(m.Chat.Id), Id(to), ct),
                { Message: { MigrateFromChatId: { } from } m } => groups.MoveAsync(ChatPlatform.Telegram, Id(from), Id(m.Chat.Id), ct),
                { Message: { } m } when GroupMembers.Of(m) is { } members => OnMembersAsync(members, ct),
                { Message: { } message } => OnMessageAsync(message, DeliveryKey(update), ct),
                { CallbackQuery: { } press } => OnPressAsync(press, DeliveryKey(update), ct),
                { MyChatMember: { } change } => OnMembershipAsync(change, ct),
                { ChatMember: { } change } => OnMemberStatusAsync(change, ct),
                _ => Task.CompletedTask,
            });
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (DatabaseTrouble.Is(e))
        {
            trouble.Report(e, "a Telegram update");
            if (update.Message is { } message)
                _ = replies.SendAsync(message.Chat.Id, [ChatReply.Text(DatabaseTrouble.Answer)], topic: Topic(message));
        }
        catch (Exception e)
        {
            // One bad update must not stop the rest: it is logged and counted as handled.
            logger.LogError("Telegram update {Id} ({Type}) failed: {Reason}", update.Id, update.Type, TelegramErrors.Describe(e, options.Value.Token));
        }
    }

    // Update ids are the bot's own sequence: with the bot id they name one delivery in this database.
    private string DeliveryKey(Update update) => string.Create(CultureInfo.InvariantCulture, $"telegram:{identity.BotId}:{update.Id}");

    private async Task OnMessageAsync(Message message, string deliveryKey, CancellationToken ct)
    {
        var translation = await translator.TranslateAsync(message, ct);
        if (translation.Answer is { } answer)
        {
            _ = replies.SendAsync(message.Chat.Id, [ChatReply.Text(answer)], topic: Topic(message));
            return;
        }
        if (translation.Message is not { } chatMessage)
            return;
        var answers = await engine.HandleAsync(chatMessage with { DeliveryKey = deliveryKey }, ct);
        _ = replies.SendAsync(message.Chat.Id, answers, message.Id, Topic(message));
        if (message.ReplyToMessage is not null && chatMessage.Text.StartsWith("/review ", StringComparison.Ordinal) && message.Text?.StartsWith('/') == false)
            await PromptNextQuestionAsync(chatMessage, message, ct);
    }

    /// <summary>After an answer to a review prompt, the next open question comes as a prompt too, one after another.</summary>
    private async Task PromptNextQuestionAsync(ChatMessage answered, Message message, CancellationToken ct)
    {
        var form = (await engine.HandleAsync(answered with { Text = "/review" }, ct)).Select(r => r.Form).FirstOrDefault(f => f is not null);
        if (form is not null && ReviewPrompt.FirstOpen(form) is { } next)
            _ = replies.SendPromptAsync(message.Chat.Id, next, message.Id, Topic(message));
    }

    private async Task OnPressAsync(CallbackQuery press, string deliveryKey, CancellationToken ct)
    {
        if (CallbackData.Decode(press.Data) is not { } button || press.Message is not { } pressed)
        {
            _ = queue.Enqueue(press.From.Id, "answerCallbackQuery", c => bot.AnswerCallbackQuery(press.Id, "That button no longer works.", cancellationToken: c));
            return;
        }
        var chatMessage = await translator.TranslatePressAsync(pressed.Chat, press.From, button.Command, ct) with { ButtonFor = button.For, DeliveryKey = deliveryKey };
        var answers = await engine.HandleAsync(chatMessage, ct);
        var toast = answers.Count > 0 ? FirstLine(answers[0]) : null;
        _ = queue.Enqueue(pressed.Chat.Id, "answerCallbackQuery", c => bot.AnswerCallbackQuery(press.Id, toast, cancellationToken: c));
        // A toast (someone else's button) leaves the message as it is.
        if (answers is [] or [{ Toast: true }])
            return;
        // A message Telegram no longer shows the bot (an InaccessibleMessage, date 0) can't be edited: the result comes as a new one.
        if (pressed.Date <= DateTime.UnixEpoch)
        {
            _ = replies.SendAsync(pressed.Chat.Id, answers, topic: Topic(pressed));
            return;
        }
        _ = replies.EditAsync(pressed.Chat.Id, pressed.Id, answers[0], pressed.Id, Topic(pressed));
        _ = replies.SendAsync(pressed.Chat.Id, answers.Skip(1), topic: Topic(pressed));
    }

    // A promotion or demotion (the group's cached admin list is asked again next time), or someone leaving or coming back.
    private Task OnMemberStatusAsync(ChatMemberUpdated change, CancellationToken ct)
    {
        admins.Forget(change.Chat.Id);
        return GroupMembers.Of(change) is { } members ? OnMembersAsync(members, ct) : Task.CompletedTask;
    }

    private Task OnMembersAsync(GroupMembers members, CancellationToken ct) =>
        groups.SetMembersPresentAsync(ChatPlatform.Telegram, members.ChatId, members.UserIds, members.Present, ct);

    private static string Id(long chatId) => chatId.ToString(CultureInfo.InvariantCulture);

    // A reply belongs in the forum topic of the message it answers; a reply thread outside a forum is no topic.
    private static int? Topic(Message message) => message.IsTopicMessage ? message.MessageThreadId : null;

    private async Task OnMembershipAsync(ChatMemberUpdated change, CancellationToken ct)
    {
        if (!MessageTranslator.IsGroup(change.Chat))
            return;
        var wasIn = change.OldChatMember.Status is ChatMemberStatus.Member or ChatMemberStatus.Administrator or ChatMemberStatus.Restricted;
        var isIn = change.NewChatMember.Status is ChatMemberStatus.Member or ChatMemberStatus.Administrator or ChatMemberStatus.Restricted;
        if (wasIn == isIn)
            return;
        admins.Forget(change.Chat.Id);
        await groups.SetBotPresentAsync(ChatPlatform.Telegram, [Id(change.Chat.Id)], isIn, ct);
        if (isIn)
            _ = replies.SendAsync(change.Chat.Id, [Replies.GroupHello]);
    }

    private static string? FirstLine(ChatReply reply)
    {
        var line = reply.ToPlainText().Split('\n')[0].Trim();
        return line.Length == 0 ? null : line.Length <= MaxCallbackAnswer ? line : line[..(MaxCallbackAnswer - 1)] + "…";
    }
}
