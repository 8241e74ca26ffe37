namespace RoadmapBot.Telegram;

/// <summary>Who the bot is (from getMe at start-up): its id keys the stored polling position, its username the /cmd@BotName form.</summary>
public sealed class TelegramIdentity
{
    public long BotId { get; private set; }
    public string Username { get; private set; } = "";

    public void Set(long botId, string username) => (BotId, Username) = (botId, username);
}
