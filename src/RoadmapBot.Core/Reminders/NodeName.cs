namespace RoadmapBot.Core.Reminders;

/// <summary>This process's name among the bot's instances: the owner of its claims and, on PostgreSQL, its Quartz instance id.</summary>
public sealed record NodeName(string Value)
{
    public static NodeName New() => new($"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}");
}
