using RoadmapBot.Core.Chat;

namespace RoadmapBot.Host.Console;

/// <summary>Where the console keeps a reply's file (a chart, an export): one folder, the file's own name, the full path back to print.</summary>
public sealed class ConsoleFiles(string directory)
{
    public async Task<string> SaveAsync(ChatFile file)
    {
        Directory.CreateDirectory(directory);
        var path = Path.GetFullPath(Path.Combine(directory, Path.GetFileName(file.FileName)));
        await File.WriteAllBytesAsync(path, file.Content);
        return path;
    }
}
