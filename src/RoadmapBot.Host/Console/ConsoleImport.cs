using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Import;

namespace RoadmapBot.Host.Console;

/// <summary>On the console, <c>/import PATH</c> names a local file: the adapter attaches it, as a platform attaches an upload.</summary>
public static class ConsoleImport
{
    private static readonly string[] MarkdownExtensions = [".md", ".markdown", ".txt"];

    /// <summary>The message with the file attached, or an error line for a file that is too large or not there.</summary>
    public static (ChatMessage? Message, string? Error) Translate(ChatMessage message)
    {
        var text = message.Text.Trim();
        if (!text.StartsWith("/import ", StringComparison.OrdinalIgnoreCase) || text.Contains('\n')) return (message, null);
        var path = text["/import ".Length..].Trim().Trim('"');
        // "/import notes.md" that names no file is a typo in a path, not a one-line roadmap to read.
        if (!File.Exists(path))
            return MarkdownExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase) ? (null, $"There is no file at {path}.") : (message, null);
        var file = new FileInfo(path);
        if (!RoadmapUpload.Fits(file.Length)) return (null, RoadmapUpload.TooLarge(file.Length));
        return (message with { Text = "/import", Attachments = [new ChatAttachment(file.Name, File.ReadAllBytes(file.FullName))] }, null);
    }
}
