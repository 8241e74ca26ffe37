using RoadmapBot.Core.Chat;

namespace RoadmapBot.Core.Commands.Plain;

/// <summary>
/// Messages without a slash that are no log: a command's name sent bare ("today", "undo", "yes": phones drop the slash) is
/// that command; a question ("what's next?", "how am I doing") is pointed to the command that answers it.
/// </summary>
public static class PlainPointers
{
    // Commands that need nothing after their name. The status verbs are not here: "done" alone is read as a log.
    private static readonly HashSet<string> Bare =
        ["today", "tasks", "progress", "week", "streak", "board", "roadmap", "help", "undo", "yes", "review", "remind"];

    // A question's words, by the command that answers it; the first command with a word in the question wins.
    private static readonly (string Verb, string[] Words)[] Answers =
    [
        ("today", ["next", "today", "due", "now", "todo"]),
        ("progress", ["doing", "progress", "status", "behind", "track", "far", "ahead"]),
        ("tasks", ["tasks", "items"]),
        ("streak", ["streak", "streaks"]),
        ("week", ["week", "weekly"]),
        ("remind", ["remind", "reminder", "reminders"]),
        ("help", ["help", "commands", "command"]),
    ];

    /// <summary>The command a message is when it is only a command's name ("Today", "undo!"); null otherwise.</summary>
    public static string? BareCommand(string text)
    {
        var word = text.Trim().TrimEnd('!', '.', '?').ToLowerInvariant();
        return Bare.Contains(word) ? word : null;
    }

    /// <summary>For a question, the command that answers it with a button; null for anything else or a question none answers.</summary>
    public static ChatReply? Answer(string text)
    {
        var words = PlainText.Words(text.ToLowerInvariant());
        if (words.Count == 0 || !(text.TrimEnd().EndsWith('?') || PlainWords.Questions.Contains(words[0])))
            return null;
        foreach (var (verb, keys) in Answers)
        {
            if (words.Any(keys.Contains))
                return new ReplyBuilder()
                    .Line("I read logs here, not questions: ", Span.Code("/" + verb), " answers that one.")
                    .Button(char.ToUpperInvariant(verb[0]) + verb[1..], "/" + verb)
                    .Build();
        }
        return null;
    }
}
