using System.Text;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Import;

namespace RoadmapBot.Core.Commands;

/// <summary>Where /import's document comes from: an attachment, text pasted after the command, or (console only) a file path.</summary>
public static class ImportSource
{
    public static byte[]? Read(CommandContext context)
    {
        if (context.Message.Attachments is [var attachment, ..])
            return attachment.Content;
        var text = context.Arguments;
        if (text.Length == 0)
            return null;
        if (context.Message.Platform == ChatPlatform.Console && !text.Contains('\n') && File.Exists(text.Trim('"')))
        {
            var file = new FileInfo(text.Trim('"'));
            if (file.Length > RoadmapImporter.MaxBytes)
                throw new RoadmapRejectedException($"The file is {file.Length / 1024} KB; roadmaps are limited to 1 MB.");
            return File.ReadAllBytes(file.FullName);
        }
        return Encoding.UTF8.GetBytes(text);
    }
}
