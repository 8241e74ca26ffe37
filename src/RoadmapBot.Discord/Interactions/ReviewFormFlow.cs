using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Commands;
using RoadmapBot.Discord.Client.Interactions;
using RoadmapBot.Discord.Client.Models;
using RoadmapBot.Discord.Rendering;

namespace RoadmapBot.Discord.Interactions;

/// <summary>The weekly review as Discord modals: a page of questions at a time, each changed answer stored as "/review N answer".</summary>
public sealed class ReviewFormFlow(ChatEngine engine)
{
    public const string Verb = "review";

    /// <summary>Shows the first page when the answers carry a form; false when there is none or Discord refused the modal.</summary>
    public static async Task<bool> TryShowAsync(IInteractionReplies replies, IReadOnlyList<ChatReply> answers, CancellationToken ct) =>
        FormOf(answers) is { } form && await replies.ShowModalAsync(ReviewModal.Build(form, 0), ct);

    /// <summary>The "Continue" button: page N of the form, or the questions as text when no modal can be shown.</summary>
    public async Task OpenPageAsync(IInteractionReplies replies, int page, CancellationToken ct)
    {
        var review = await engine.HandleAsync(InteractionTranslator.ToChatMessage(replies.Interaction, "/" + Verb), ct);
        // A modal must be the first answer: once the watchdog has deferred, the questions come as text.
        if (FormOf(review) is not { } form || page >= ReviewModal.Pages(form) || !await replies.ShowModalAsync(ReviewModal.Build(form, page), ct))
            await InteractionAnswers.SendAsync(replies, Verb, review, ct);
    }

    /// <summary>Stores each changed answer; with more questions left, the reply offers the next modal.</summary>
    public async Task SubmitAsync(IInteractionReplies replies, CancellationToken ct)
    {
        var interaction = replies.Interaction;
        if (CustomIds.Decode(interaction.CustomId) is not CustomAction.ReviewPage(var page))
        {
            await InteractionAnswers.AnswerAsync(replies, "That form is not one of mine.", ct);
            return;
        }
        var review = await engine.HandleAsync(InteractionTranslator.ToChatMessage(interaction, "/" + Verb), ct);
        if (FormOf(review) is not { } form)
        {
            await InteractionAnswers.SendAsync(replies, Verb, review, ct);
            return;
        }
        ChatReply? last = null;
        foreach (var (number, answer) in ReviewModal.Changed(form, interaction.ModalValues))
        {
            // One interaction, several answers: each is a delivery of its own.
            var message = InteractionTranslator.ToChatMessage(interaction, $"/{Verb} {number} {answer}");
            last = (await engine.HandleAsync(message with { DeliveryKey = $"{message.DeliveryKey}:{number}" }, ct)).LastOrDefault() ?? last;
        }
        var payloads = DiscordMessages.Render(last ?? ChatReply.Text("No answers changed."), InteractionAnswers.Flags(interaction, Verb)).ToList();
        if (page + 1 < ReviewModal.Pages(form))
            payloads[^1] = payloads[^1] with { Components = [.. payloads[^1].Components, new ActionRow([new Button("Continue", CustomIds.ForReviewPage(page + 1), ButtonStyle.Primary)])] };
        foreach (var payload in payloads)
            await replies.ReplyAsync(payload, ct);
    }

    private static ReviewForm? FormOf(IReadOnlyList<ChatReply> answers) => answers.Select(a => a.Form).FirstOrDefault(f => f is { Questions.Count: > 0 });
}
