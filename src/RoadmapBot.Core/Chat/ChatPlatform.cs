namespace RoadmapBot.Core.Chat;

public enum ChatPlatform { Console, Telegram, Discord }
