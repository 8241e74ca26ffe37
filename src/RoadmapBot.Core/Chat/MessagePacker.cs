using System.Globalization;
using System.Text;

namespace RoadmapBot.Core.Chat;

/// <summary>
/// Rendered lines packed into as few messages as a platform's length limit allows, never splitting a line; a line longer than a
/// whole message is first cut between words (<see cref="Split"/>).
/// </summary>
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

    /// <summary>
    /// Plain text cut into pieces of at most <paramref name="maxLength"/> once rendered (<paramref name="renderedLength"/>, e.g.
    /// escaped), each as full as it can be: cut at a space, and inside a word only when the word alone is longer than that.
    /// </summary>
    public static IReadOnlyList<string> Split(string text, int maxLength, Func<string, int> renderedLength)
    {
        var pieces = new List<string>();
        var (current, length) = (new StringBuilder(), 0);
        var space = renderedLength(" ");
        foreach (var word in text.Split(' '))
        {
            var wordLength = renderedLength(word);
            if (current.Length > 0 && length + space + wordLength <= maxLength)
            {
                current.Append(' ').Append(word);
                length += space + wordLength;
                continue;
            }
            if (current.Length > 0)
                pieces.Add(current.ToString());
            (current, length) = (new StringBuilder(), 0);
            // A word longer than a message: cut between characters (never inside an emoji or an accented letter).
            for (var at = 0; at < word.Length;)
            {
                var element = StringInfo.GetNextTextElementLength(word, at);
                var elementLength = renderedLength(word.Substring(at, element));
                if (length + elementLength > maxLength)
                {
                    pieces.Add(current.ToString());
                    (current, length) = (new StringBuilder(), 0);
                }
                current.Append(word, at, element);
                length += elementLength;
                at += element;
            }
        }
        if (current.Length > 0)
            pieces.Add(current.ToString());
        return pieces;
    }
}
