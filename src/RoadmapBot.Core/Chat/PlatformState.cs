namespace RoadmapBot.Core.Chat;

/// <summary>Whether a platform answers this instance now, and in a few words why (never a token).</summary>
public sealed record PlatformState(bool Connected, string Detail)
{
    public static readonly PlatformState Starting = new(false, "not connected yet");
}
