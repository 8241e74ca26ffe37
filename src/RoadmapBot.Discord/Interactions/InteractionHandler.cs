using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Commands;
using RoadmapBot.Discord.Client.Interactions;
using RoadmapBot.Discord.Client.Models;
using RoadmapBot.Discord.Commands;
using RoadmapBot.Discord.Rendering;

namespace RoadmapBot.Discord.Interactions;

/// <summary>One interaction: slash command, autocomplete, button or modal, translated, handed to the engine and answered. Never throws.</summary>
public sealed class InteractionHandler(
    ChatEngine engine,
    Suggestions suggestions,
    InteractionTranslator translator,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<InteractionHandler> logger)
{
    private const string Review = "review";

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
            await (interaction.Type switch
            {
                InteractionType.ApplicationCommand => OnCommandAsync(replies, ct),
                InteractionType.Autocomplete => OnAutocompleteAsync(replies, ct),
                InteractionType.MessageComponent => OnButtonAsync(replies, ct),
                InteractionType.ModalSubmit => OnModalAsync(replies, ct),
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

    private async Task OnCommandAsync(IInteractionReplies replies, CancellationToken ct)
    {
        var interaction = replies.Interaction;
        if (SlashCommands.Find(interaction.CommandName) is not { } command)
        {
            await AnswerAsync(replies, "I no longer have that command; type / to see the current ones.", ct);
            return;
        }
        var translation = await translator.TranslateCommandAsync(interaction, command, ct);
        if (translation.Message is not { } message)
        {
            await AnswerAsync(replies, translation.Answer ?? "", ct);
            return;
        }
        var answers = await engine.HandleAsync(message, ct);
        if (FormOf(answers) is { } form && await replies.ShowModalAsync(ReviewModal.Build(form, 0), ct))
            return;
        await SendAsync(replies, command.Verb, answers, ct);
    }

    private async Task OnAutocompleteAsync(IInteractionReplies replies, CancellationToken ct)
    {
        var interaction = replies.Interaction;
        var focused = interaction.Options.FirstOrDefault(o => o.Focused);
        var typed = focused?.Value ?? "";
        var complete = SlashCommands.Find(interaction.CommandName)?.Options.FirstOrDefault(o => o.Name == focused?.Name)?.Complete ?? Completion.None;
        IReadOnlyList<AutocompleteChoice> choices = complete switch
        {
            Completion.None => [],
            Completion.Commands => CommandCatalog.All
                .Where(c => c.Verb.StartsWith(typed.Trim().TrimStart('/'), StringComparison.OrdinalIgnoreCase))
                .Take(Suggestions.Max)
                .Select(c => new AutocompleteChoice(SlashCommand.Describe($"{c.Verb} — {c.Summary}"), c.Verb))
                .ToList(),
            _ => (await suggestions.FindAsync(KindOf(complete), ChatPlatform.Discord, InteractionTranslator.SpaceId(interaction),
                    InteractionTranslator.UserId(interaction), typed, ct))
                .Select(s => new AutocompleteChoice(s.Label, s.Value))
                .ToList(),
        };
        await replies.AutocompleteAsync(choices, ct);
    }

    private async Task OnButtonAsync(IInteractionReplies replies, CancellationToken ct)
    {
        var interaction = replies.Interaction;
        switch (CustomIds.Decode(interaction.CustomId))
        {
            case CustomAction.Command(var text, var owner):
                var answers = await engine.HandleAsync(InteractionTranslator.ToChatMessage(interaction, text) with { ButtonFor = owner }, ct);
                // A toast (someone else's button) is for the presser alone. As on Telegram, a short answer replaces the message
                // the button was on, when that was the presser's own.
                if (answers is [{ Toast: true } toast])
                    await AnswerAsync(replies, toast.ToPlainText(), ct);
                else if (interaction.OnEphemeralMessage && answers is [{ Form: null } only] && DiscordMessages.Render(only) is [{ Files.Count: 0 } update])
                    await replies.UpdateMessageAsync(update, ct);
                else
                    await SendAsync(replies, CommandLine.Parse(text)?.Verb ?? "", answers, ct);
                break;
            case CustomAction.ReviewPage(var page):
                var review = await engine.HandleAsync(InteractionTranslator.ToChatMessage(interaction, "/" + Review), ct);
                // A modal must be the first answer: once the watchdog has deferred, the questions come as text.
                if (FormOf(review) is not { } form || page >= ReviewModal.Pages(form) || !await replies.ShowModalAsync(ReviewModal.Build(form, page), ct))
                    await SendAsync(replies, Review, review, ct);
                break;
            default:
                logger.LogWarning("Discord: refused a button with an unknown custom id from user {User}", interaction.User.Id);
                await AnswerAsync(replies, "That button is not one of mine.", ct);
                break;
        }
    }

    /// <summary>Stores each changed answer as "/review N answer"; with more questions left, the reply offers the next modal.</summary>
    private async Task OnModalAsync(IInteractionReplies replies, CancellationToken ct)
    {
        var interaction = replies.Interaction;
        if (CustomIds.Decode(interaction.CustomId) is not CustomAction.ReviewPage(var page))
        {
            await AnswerAsync(replies, "That form is not one of mine.", ct);
            return;
        }
        var review = await engine.HandleAsync(InteractionTranslator.ToChatMessage(interaction, "/" + Review), ct);
        if (FormOf(review) is not { } form)
        {
            await SendAsync(replies, Review, review, ct);
            return;
        }
        ChatReply? last = null;
        foreach (var (number, answer) in ReviewModal.Changed(form, interaction.ModalValues))
            last = (await engine.HandleAsync(InteractionTranslator.ToChatMessage(interaction, $"/{Review} {number} {answer}"), ct)).LastOrDefault() ?? last;
        var payloads = DiscordMessages.Render(last ?? ChatReply.Text("No answers changed."), Flags(interaction, Review)).ToList();
        if (page + 1 < ReviewModal.Pages(form))
            payloads[^1] = payloads[^1] with { Components = [.. payloads[^1].Components, new ActionRow([new Button("Continue", CustomIds.ForReviewPage(page + 1), ButtonStyle.Primary)])] };
        foreach (var payload in payloads)
            await replies.ReplyAsync(payload, ct);
    }

    private static async Task SendAsync(IInteractionReplies replies, string verb, IReadOnlyList<ChatReply> answers, CancellationToken ct)
    {
        // The engine stays silent only for a member already told to slow down; an interaction still needs its answer.
        var silenced = answers.Count == 0;
        if (silenced)
            answers = [ChatReply.Text(Replies.SlowDown)];
        var flags = Flags(replies.Interaction, silenced ? "" : verb);
        foreach (var payload in answers.SelectMany(a => DiscordMessages.Render(a, flags)))
            await replies.ReplyAsync(payload, ct);
    }

    /// <summary>A line only for the member (ephemeral in a guild).</summary>
    private static Task AnswerAsync(IInteractionReplies replies, string text, CancellationToken ct) =>
        replies.ReplyAsync(new MessagePayload { Content = DiscordMarkdown.Escape(text), Flags = MessageFlags.Ephemeral }, ct);

    private async Task TryAnswerAsync(IInteractionReplies replies, string text, CancellationToken ct)
    {
        try
        {
            await AnswerAsync(replies, text, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogWarning("Discord: could not tell the member about the failure: {Reason}", DiscordErrors.Describe(e, options.Value.Token));
        }
    }

    private static MessageFlags Flags(Interaction interaction, string verb) =>
        Visibility.IsEphemeral(interaction, verb) ? MessageFlags.Ephemeral : MessageFlags.None;

    private static SuggestionKind KindOf(Completion complete) => complete switch
    {
        Completion.Metrics => SuggestionKind.Metrics,
        Completion.Habits => SuggestionKind.Habits,
        _ => SuggestionKind.Items,
    };

    private static ReviewForm? FormOf(IReadOnlyList<ChatReply> answers) => answers.Select(a => a.Form).FirstOrDefault(f => f is { Questions.Count: > 0 });
}
