namespace RoadmapBot.Core.Commands.Plain;

/// <summary>The fixed English of plain logs: status verbs, number words, filler, and the words that make a message no log.</summary>
public static class PlainWords
{
    public static readonly IReadOnlyDictionary<string, string> Status = new Dictionary<string, string>
    {
        ["done"] = "done", ["finished"] = "done", ["finish"] = "done", ["completed"] = "done", ["complete"] = "done",
        ["wrapped"] = "done", ["shipped"] = "done", ["did"] = "done", ["✅"] = "done", ["ticked"] = "done",
        ["started"] = "doing", ["starting"] = "doing", ["start"] = "doing", ["began"] = "doing", ["begun"] = "doing",
        ["working"] = "doing", ["doing"] = "doing",
        ["skip"] = "skip", ["skipping"] = "skip", ["skipped"] = "skip", ["dropped"] = "skip", ["dropping"] = "skip",
        ["todo"] = "todo", ["reopen"] = "todo", ["reopened"] = "todo", ["undone"] = "todo",
        ["blocked"] = "blocked", ["stuck"] = "blocked",
    };

    /// <summary>Verbs that tick a yes/no habit ("posted my progress update").</summary>
    public static readonly IReadOnlySet<string> Ticks = new HashSet<string>
    {
        "done", "did", "posted", "wrote", "sent", "finished", "completed", "✅", "ticked", "shared", "made",
    };

    public static readonly IReadOnlyDictionary<string, string> Numbers = new Dictionary<string, string>
    {
        ["one"] = "1", ["two"] = "2", ["three"] = "3", ["four"] = "4", ["five"] = "5", ["six"] = "6", ["seven"] = "7",
        ["eight"] = "8", ["nine"] = "9", ["ten"] = "10", ["eleven"] = "11", ["twelve"] = "12", ["fifteen"] = "15",
        ["twenty"] = "20", ["thirty"] = "30", ["forty"] = "40", ["once"] = "1", ["twice"] = "2",
    };

    /// <summary>A message with one of these asks, plans, denies, fails, hopes or counts what is left: it logs nothing.</summary>
    public static readonly IReadOnlySet<string> NotALog = new HashSet<string>
    {
        "tomorrow", "tmrw", "will", "i'll", "gonna", "going", "plan", "planning", "want", "wanna", "need", "later", "next",
        "not", "no", "never", "didn't", "didnt", "don't", "dont", "haven't", "havent", "won't", "wont", "nothing", "none",
        "cannot", "can't", "couldn't", "hasn't", "isn't", "wasn't", "should", "would", "might", "maybe",
        "failed", "fail", "failing", "missed", "miss", "forgot", "forgotten", "unable", "supposed", "meant", "hope",
        "hoping", "hoped", "wish", "if", "unless", "must", "gotta", "almost", "nearly", "left", "remaining", "remain",
    };

    /// <summary>First words of a question.</summary>
    public static readonly IReadOnlySet<string> Questions = new HashSet<string>
    {
        "how", "what", "what's", "whats", "when", "where", "why", "who", "which", "can", "could", "should", "would",
        "is", "are", "does", "do", "am", "was", "will", "shall", "may",
    };

    /// <summary>Words never corrected as typos and never matched against item titles.</summary>
    public static readonly IReadOnlySet<string> Filler = new HashSet<string>
    {
        "a", "an", "the", "of", "on", "in", "at", "to", "for", "by", "and", "or", "but", "so", "as", "up", "out", "all",
        "any", "i", "i'm", "im", "me", "my", "mine", "you", "your", "it", "it's", "its", "is", "was", "were", "be", "been",
        "am", "are", "this", "that", "these", "those", "there", "their", "then", "than", "with", "from", "have", "has",
        "had", "just", "what", "when", "some", "more", "very", "much", "many", "time", "times", "good", "nice", "cool",
        "okay", "ok", "thanks", "thank", "sorry", "night", "morning", "day", "long", "weather", "love", "like", "into",
        "onto", "over", "after", "before", "again", "yes", "lol", "haha", "hmm", "hi", "hey", "hello", "bye", "see",
        "get", "got", "make", "put", "spent", "went", "go", "new", "task", "tasks", "item", "work", "worked", "also",
        "about", "today's", "todays", "through", "knocked", "people", "now", "back", "finally", "today", "tired", "great",
        "well", "too", "our", "we", "us", "he", "she", "they", "them", "his", "her", "one", "way", "off", "here", "where",
        "wait", "waiting", "because", "since", "still", "yet", "almost", "only", "each", "every", "other", "week", "hour",
    };

    public static bool IsStatus(string word, out string status) => Status.TryGetValue(word, out status!);
}
