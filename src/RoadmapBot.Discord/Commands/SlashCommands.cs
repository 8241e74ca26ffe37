using RoadmapBot.Core.Commands;
using RoadmapBot.Discord.Client.Models;
using Opt = RoadmapBot.Discord.Client.Models.CommandOptionType;

namespace RoadmapBot.Discord.Commands;

/// <summary>
/// The slash commands, one per <see cref="CommandCatalog"/> verb: typed options where the table below has them, else one
/// optional "args" option taking what would follow the command in a chat, so a new engine verb works here at once.
/// </summary>
public static class SlashCommands
{
    public const string ArgsOption = "args";

    private static readonly SlashOption Key = new(Opt.String, "key", "Item keys or ranges, e.g. t1 t2 t5-t7", Required: true, Completion.Items);
    private static readonly SlashOption OneKey = new(Opt.String, "key", "The item key, e.g. t5", Required: true, Completion.Items);

    private static readonly Dictionary<string, SlashCommand> Typed = new SlashCommand[]
    {
        new("start", []),
        new("help", [new(Opt.String, "command", "A command to explain, e.g. log", Complete: Completion.Commands)]),
        new("import", [
            new(Opt.Attachment, "file", "The roadmap as a .md or .txt file"),
            new(Opt.Boolean, "confirm", "Apply the replacement the last /import showed"),
        ]),
        new("roadmap", []),
        new("export", [new(Opt.String, "format", "md to edit and import again, csv for Notion and spreadsheets", Required: true) { Choices = ["md", "csv"] }]),
        new("plan", [new(Opt.String, ArgsOption, "start DATE or shift N days, e.g. start 2026-01-05", Required: true)]),
        new("today", []),
        new("tasks", [new(Opt.String, "filter", "A phase key, a status, a skill, due or overdue")]),
        new("task", [OneKey]),
        new("done", [Key]),
        new("doing", [Key]),
        new("todo", [Key]),
        new("skip", [Key]),
        new("blocked", [OneKey, new(Opt.String, "reason", "Why it is blocked", Required: true)]),
        new("proof", [OneKey, new(Opt.String, "url", "A link that shows the work", Required: true)]),
        new("note", [OneKey, new(Opt.String, "text", "The note", Required: true)]),
        // Optional all: "text" alone is a plain-words log ("did 4 sql and 2h on the project"), for servers that read no messages.
        new("log", [
            new(Opt.String, "metric", "What you log, e.g. sql", Complete: Completion.Metrics),
            new(Opt.String, "amount", "How much, e.g. 4, 1h30 or 45m (add 'yesterday' or a date for another day)"),
            new(Opt.String, "note", "A note on it"),
            new(Opt.String, "text", "Or say it in plain words: did 4 sql problems and 2h on the project"),
        ]),
        new("check", [new(Opt.String, "habit", "The yes/no habit to tick for today", Required: true, Completion.Habits)]),
        new("undo", []),
        new("progress", [new(Opt.User, "member", "Whose progress (yours if left out)")]),
        new("week", []),
        new("review", [new(Opt.Integer, "number", "Answer this question now (the form opens without it)"), new(Opt.String, "answer", "Your answer")]),
        new("streak", []),
        new("board", []),
        // A user option gives the member's id, which is how the engine knows members; the words are the other forms.
        new("buddy", [
            new(Opt.User, "member", "Who to ask to be your buddy (leave out to see your pair)"),
            new(Opt.String, ArgsOption, "yes, no, off or nudge") { Choices = ["yes", "no", "off", "nudge"] },
        ]),
        new("timezone", [new(Opt.String, "zone", "An IANA time zone, e.g. Europe/Berlin", Required: true)]),
        new("resume", []),
    }.ToDictionary(c => c.Verb);

    // Admin-only comes from the catalog: Discord hides those commands from members without Manage Server.
    public static IReadOnlyList<SlashCommand> All { get; } =
        CommandCatalog.All.Select(c => (Typed.GetValueOrDefault(c.Verb) ?? Untyped(c)) with { AdminOnly = c.AdminOnly }).ToList();

    public static SlashCommand? Find(string? name) => All.FirstOrDefault(c => c.Verb == name);

    public static IReadOnlyList<ApplicationCommand> ToDiscord() => All.Select(c => c.ToDiscord()).ToList();

    private static SlashCommand Untyped(CommandInfo info)
    {
        var example = info.Example?.Split(' ', 2) is [_, var rest] ? $"e.g. {rest}" : $"What you would type after /{info.Verb}";
        return new SlashCommand(info.Verb, [new SlashOption(Opt.String, ArgsOption, SlashCommand.Describe(example))]);
    }
}
