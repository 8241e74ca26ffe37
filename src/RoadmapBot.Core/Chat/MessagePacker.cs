using System.Text;

namespace RoadmapBot.Core.Chat;

/// <summary>Rendered lines packed into as few messages as a platform's length limit allows, never splitting a line.</summary>
public static class MessagePacker
{
    public static IReadOnlyList<string> Pack(IEnumerable<string> lines, int maxLength)
    {
        var messages = new List<string>();
        var current = new StringBuilder();
        foreach (var line in lines)
        {
            if (current.Length > 0 && current.Length + 1 + line.Length > maxLength)
            {
                messages.Add(current.ToString());
                current.Clear();
            }
            if (current.Length > 0) current.Append('\n');
            current.Append(line);
        }
        if (current.ToString().Trim().Length > 0) messages.Add(current.ToString());
        return messages;
    }
}
