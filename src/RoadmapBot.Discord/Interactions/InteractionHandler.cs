using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoadmapBot.Core.Chat;
using RoadmapBot.Discord.Client.Interactions;
using RoadmapBot.Core.Commands;
using RoadmapBot.Discord.Client.Models;

namespace RoadmapBot.Discord.Interactions;

/// <summary>
/// Where a Discord interaction goes: by type to <see cref="CommandInteractions"/> (slash commands, autocomplete),
/// <see cref="ButtonInteractions"/> or <see cref="ReviewFormFlow"/> (modals). Drops one past Discord's answer window, and one
/// whose command already ran (the same interaction id again). Never throws.
/// </summary>
public sealed class InteractionHandler(
    ChatEngine engine,
    CommandInteractions commands,
    ButtonInteractions buttons,
    ReviewFormFlow review,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<InteractionHandler> logger)
{
    public async Task HandleAsync(IInteractionReplies replies, CancellationToken ct)
    {
        var interaction = replies.Interaction;
        if (!replies.Acknowledged && interaction.IsPastAnswerWindow(time.GetUtcNow()))
        {
            // The member saw "interaction failed" and will try again: running it now would, e.g., log the same /log twice.
            logger.LogWarning("Discord: dropped interaction {Id} ({Type} {Name}) from user {User}: {Age:0.0} s old, past Discord's 3-second window",
                interaction.Id, interaction.Type, interaction.CommandName ?? interaction.CustomId, interaction.User.Id,
                (time.GetUtcNow() - interaction.CreatedAt!.Value).TotalSeconds);
            return;
        }
        try
        {
            // A replayed request or a gateway event sent twice: answered when it first came. (An autocomplete runs no command.)
            if (interaction.Type != InteractionType.Autocomplete && await engine.HandledBeforeAsync(InteractionTranslator.DeliveryKey(interaction), ct))
            {
                logger.LogWarning("Discord: interaction {Id} ({Type} {Name}) from user {User} came again; its command already ran", interaction.Id,
                    interaction.Type, interaction.CommandName ?? interaction.CustomId, interaction.User.Id);
                return;
            }
            await (interaction.Type switch
            {
                InteractionType.ApplicationCommand => commands.RunAsync(replies, ct),
                InteractionType.Autocomplete => commands.CompleteAsync(replies, ct),
                InteractionType.MessageComponent => buttons.HandleAsync(replies, ct),
                InteractionType.ModalSubmit => review.SubmitAsync(replies, ct),
                _ => Task.CompletedTask,
            });
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            // One bad interaction must not stop the rest: logged on one line, and the member gets a line without details.
            logger.LogError("Discord interaction {Id} ({Type} {Name}) failed: {Reason}", interaction.Id, interaction.Type,
                interaction.CommandName ?? interaction.CustomId, DiscordErrors.Describe(e, options.Value.Token));
            if (interaction.Type != InteractionType.Autocomplete)
                await TryAnswerAsync(replies, Replies.SomethingWentWrong, ct);
        }
    }

    private async Task TryAnswerAsync(IInteractionReplies replies, string text, CancellationToken ct)
    {
        try
        {
            await InteractionAnswers.AnswerAsync(replies, text, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogWarning("Discord: could not tell the member about the failure: {Reason}", DiscordErrors.Describe(e, options.Value.Token));
        }
    }
}
