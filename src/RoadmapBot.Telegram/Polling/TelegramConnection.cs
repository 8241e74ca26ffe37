using RoadmapBot.Core.Chat;

namespace RoadmapBot.Telegram.Polling;

/// <summary>Telegram as the polling service last found it: connected once getMe answers, down while a call keeps failing.</summary>
public sealed class TelegramConnection : IPlatformConnection
{
    private volatile ConnectionState _state = ConnectionState.Starting;

    public ChatPlatform Platform => ChatPlatform.Telegram;

    public ConnectionState State => _state;

    public void Report(ConnectionState state) => _state = state;
}
