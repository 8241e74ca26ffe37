namespace RoadmapBot.Core.Chat;

/// <summary>Keeps echoed text from pinging: no @everyone, @here, user or role mentions.</summary>
public static class Mentions
{
    private const char ZeroWidthSpace = '\u200B';

    public static string Defuse(string text) =>
        text.Contains('@') ? text.Replace("@", "@" + ZeroWidthSpace) : text;
}
