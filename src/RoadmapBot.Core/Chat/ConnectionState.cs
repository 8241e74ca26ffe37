namespace RoadmapBot.Core.Chat;

/// <summary>Whether a platform answers this instance now, and in a few words why (never a token).</summary>
public sealed record ConnectionState(bool Connected, string Detail)
{
    public static readonly ConnectionState Starting = new(false, "not connected yet");
}
