using Microsoft.Extensions.Logging;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Commands;
using RoadmapBot.Discord.Client.Interactions;
using RoadmapBot.Discord.Rendering;

namespace RoadmapBot.Discord.Interactions;

/// <summary>A pressed button: our custom id decoded and run as the presser, or the review form's next page.</summary>
public sealed class ButtonInteractions(ChatEngine engine, ReviewFormFlow review, ILogger<ButtonInteractions> logger)
{
    public async Task HandleAsync(IInteractionReplies replies, CancellationToken ct)
    {
        var interaction = replies.Interaction;
        switch (CustomIds.Decode(interaction.CustomId))
        {
            case CustomAction.Command(var text, var owner):
                var answers = await engine.HandleAsync(InteractionTranslator.ToChatMessage(interaction, text) with { ButtonFor = owner }, ct);
                // A toast (someone else's button) is for the presser alone. As on Telegram, a short answer replaces the message
                // the button was on, when that was the presser's own.
                if (answers is [{ Toast: true } toast])
                    await InteractionAnswers.AnswerAsync(replies, toast.ToPlainText(), ct);
                else if (interaction.OnEphemeralMessage && answers is [{ Form: null } only] && DiscordMessages.Render(only) is [{ Files.Count: 0 } update])
                    await replies.UpdateMessageAsync(update, ct);
                else
                    await InteractionAnswers.SendAsync(replies, Visibility.VerbFor(CommandLine.Parse(text)?.Verb ?? "", answers), answers, ct);
                break;
            case CustomAction.ReviewPage(var page):
                await review.OpenPageAsync(replies, page, ct);
                break;
            default:
                logger.LogWarning("Discord: refused a button with an unknown custom id from user {User}", interaction.User.Id);
                await InteractionAnswers.AnswerAsync(replies, "That button is not one of mine.", ct);
                break;
        }
    }
}
