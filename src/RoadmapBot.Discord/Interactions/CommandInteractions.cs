using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Commands;
using RoadmapBot.Discord.Client.Interactions;
using RoadmapBot.Discord.Client.Models;
using RoadmapBot.Discord.Commands;
using RoadmapBot.Discord.Rendering;

namespace RoadmapBot.Discord.Interactions;

/// <summary>A slash command run through the engine, and the choices offered while one is typed (autocomplete).</summary>
public sealed class CommandInteractions(ChatEngine engine, Suggestions suggestions, InteractionTranslator translator)
{
    public async Task RunAsync(IInteractionReplies replies, CancellationToken ct)
    {
        var interaction = replies.Interaction;
        if (SlashCommands.Find(interaction.CommandName) is not { } command)
        {
            await InteractionAnswers.AnswerAsync(replies, "I no longer have that command; type / to see the current ones.", ct);
            return;
        }
        var translation = await translator.TranslateCommandAsync(interaction, command, ct);
        if (translation.Message is not { } message)
        {
            await InteractionAnswers.AnswerAsync(replies, translation.Answer ?? "", ct);
            return;
        }
        var answers = await engine.HandleAsync(message, ct);
        if (!await ReviewFormFlow.TryShowAsync(replies, answers, ct))
            await InteractionAnswers.SendAsync(replies, Visibility.VerbFor(command.Verb, answers), answers, ct);
    }

    public async Task CompleteAsync(IInteractionReplies replies, CancellationToken ct)
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

    private static SuggestionKind KindOf(Completion complete) => complete switch
    {
        Completion.Metrics => SuggestionKind.Metrics,
        Completion.Habits => SuggestionKind.Habits,
        _ => SuggestionKind.Items,
    };
}
