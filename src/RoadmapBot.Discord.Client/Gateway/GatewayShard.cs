namespace RoadmapBot.Discord.Client.Gateway;

/// <summary>Which of the bot's gateway shards a session is: Discord sends it the events of guilds with (guild_id &gt;&gt; 22) % Count == Id.</summary>
public readonly record struct GatewayShard(int Id, int Count)
{
    public static readonly GatewayShard Single = new(0, 1);

    public override string ToString() => $"{Id}/{Count}";
}
