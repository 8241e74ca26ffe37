namespace RoadmapBot.Core.Commands;

/// <summary>"/done@MyBot t1 t2" split into the verb ("done") and the text after it ("t1 t2").</summary>
public sealed record CommandLine(string Verb, string Arguments)
{
    public static CommandLine? Parse(string text)
    {
        var trimmed = text.TrimStart();
        if (trimmed.Length < 2 || trimmed[0] != '/')
            return null;
        var end = trimmed.IndexOfAny([' ', '\t', '\r', '\n']);
        var head = end < 0 ? trimmed[1..] : trimmed[1..end];
        var at = head.IndexOf('@');
        var verb = (at < 0 ? head : head[..at]).ToLowerInvariant();
        return verb.Length == 0 ? null : new CommandLine(verb, end < 0 ? "" : trimmed[end..].Trim());
    }
}
