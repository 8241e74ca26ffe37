namespace RoadmapBot.Discord.Client.Models;

/// <summary>A slash command (type 1, CHAT_INPUT) as registered with PUT /applications/{app}/commands.</summary>
public sealed record ApplicationCommand(string Name, string Description)
{
    public IReadOnlyList<CommandOption> Options { get; init; } = [];
    /// <summary>A permission bit set as a string: "32" is Manage Server; null means everyone.</summary>
    public string? DefaultMemberPermissions { get; init; }
    /// <summary>0 guild, 1 bot DM, 2 private channel.</summary>
    public IReadOnlyList<int> Contexts { get; init; } = [0, 1];
}

public sealed record CommandOption(CommandOptionType Type, string Name, string Description)
{
    public bool Required { get; init; }
    public bool Autocomplete { get; init; }
    public IReadOnlyList<AutocompleteChoice> Choices { get; init; } = [];
}

public enum CommandOptionType { String = 3, Integer = 4, Boolean = 5, User = 6, Number = 10, Attachment = 11 }
