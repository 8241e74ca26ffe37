using System.Text;
using RoadmapBot.Core.Chat;

namespace RoadmapBot.Host.Dashboard;

/// <summary>A chat reply as HTML (paragraphs and bullets, bold, italic, code), so a page says exactly what the chat says.</summary>
public static class ReplyHtml
{
    public static string Render(ChatReply reply)
    {
        var html = new StringBuilder();
        var inList = false;
        foreach (var (prefix, spans) in reply.Lines())
        {
            var bullet = prefix.Length > 0;
            if (bullet != inList)
                html.Append(bullet ? "<ul class=\"lines\">" : "</ul>");
            inList = bullet;
            html.Append(bullet ? "<li>" : "<p>");
            foreach (var span in spans)
                html.Append(span.Style switch
                {
                    SpanStyle.Bold => $"<strong>{Html.E(span.Text)}</strong>",
                    SpanStyle.Italic => $"<em>{Html.E(span.Text)}</em>",
                    SpanStyle.Code => $"<code>{Html.E(span.Text)}</code>",
                    _ => Html.E(span.Text),
                });
            html.Append(bullet ? "</li>" : "</p>");
        }
        return html.Append(inList ? "</ul>" : "").ToString();
    }
}
