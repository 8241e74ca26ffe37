using System.Text;

namespace RoadmapBot.Core.Commands;

/// <summary>Where /import's document comes from: an attachment (the console attaches a local path's file), or text pasted after the command.</summary>
public static class ImportSource
{
    public static byte[]? Read(CommandContext context)
    {
        if (context.Message.Attachments is [var attachment, ..])
            return attachment.Content;
        return context.Arguments.Length == 0 ? null : Encoding.UTF8.GetBytes(context.Arguments);
    }
}
