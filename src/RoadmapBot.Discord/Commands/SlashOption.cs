using RoadmapBot.Discord.Client.Models;

namespace RoadmapBot.Discord.Commands;

/// <summary>Where an option's autocomplete choices come from.</summary>
public enum Completion { None, Items, Metrics, Habits, Commands }

/// <summary>One option of a slash command; its value joins the engine text in the order the options are declared.</summary>
public sealed record SlashOption(CommandOptionType Type, string Name, string Description, bool Required = false, Completion Complete = Completion.None)
{
    public IReadOnlyList<string> Choices { get; init; } = [];

    public CommandOption ToDiscord() => new(Type, Name, Description)
    {
        Required = Required,
        Autocomplete = Complete != Completion.None,
        Choices = Choices.Select(c => new AutocompleteChoice(c, c)).ToList(),
    };
}
