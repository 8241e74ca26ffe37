namespace RoadmapBot.Core.Chat;

/// <summary>A platform adapter's link to its platform as it stands now: what the host's readiness check reports.</summary>
public interface IPlatformConnection
{
    ChatPlatform Platform { get; }

    ConnectionState State { get; }
}
