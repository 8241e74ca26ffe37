using System.Globalization;

namespace RoadmapBot.Host.Tests;

/// <summary>The TCP ports a process listens on (Linux): its socket inodes matched against /proc/net/tcp and tcp6's LISTEN rows.</summary>
internal static class ListeningPorts
{
    private const string Listen = "0A";

    public static IReadOnlyList<int> Of(int pid)
    {
        var inodes = Directory.EnumerateFiles($"/proc/{pid}/fd")
            .Select(fd => new FileInfo(fd).LinkTarget)
            .Where(target => target?.StartsWith("socket:[", StringComparison.Ordinal) == true)
            .Select(target => target!["socket:[".Length..^1])
            .ToHashSet();
        return new[] { "/proc/net/tcp", "/proc/net/tcp6" }
            .Where(File.Exists)
            .SelectMany(table => File.ReadLines(table).Skip(1))
            .Select(row => row.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(cells => cells[3] == Listen && inodes.Contains(cells[9]))
            .Select(cells => int.Parse(cells[1].Split(':')[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture))
            .Distinct()
            .ToList();
    }
}
