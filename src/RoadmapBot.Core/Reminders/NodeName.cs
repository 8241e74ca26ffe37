using System.Diagnostics;

namespace RoadmapBot.Core.Reminders;

/// <summary>This process's name among the bot's instances: the owner of its claims and, on PostgreSQL, its Quartz instance id.</summary>
public sealed record NodeName(string Value)
{
    public static NodeName New() => new($"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}");

    /// <summary>
    /// True when <paramref name="name"/> (host:pid:id) is a process of this machine whose pid no longer runs: it died
    /// without a word (kill -9, a crash). Another machine's process, or one whose pid runs, is never taken for dead.
    /// </summary>
    public static bool IsGoneHere(string name)
    {
        var parts = name.Split(':');
        // Our own pid under another name is another instance in this process (tests run several), so alive.
        if (parts.Length != 3 || parts[0] != Environment.MachineName || !int.TryParse(parts[1], out var pid) || pid == Environment.ProcessId)
            return false;
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited || IsZombie(pid);
        }
        catch (ArgumentException)
        {
            return true;  // no process has that id
        }
    }

    // Killed but not yet reaped by its parent, a Linux process still has its pid: its state in /proc says it is dead.
    private static bool IsZombie(int pid)
    {
        try
        {
            var stat = OperatingSystem.IsLinux() ? File.ReadAllText($"/proc/{pid}/stat") : "";
            return stat.LastIndexOf(')') is var end and > 0 && stat.Length > end + 2 && stat[end + 2] is 'Z' or 'X';
        }
        catch (IOException)
        {
            return true;  // gone between the two looks
        }
    }
}
