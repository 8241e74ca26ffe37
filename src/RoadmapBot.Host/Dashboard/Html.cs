using System.Net;

namespace RoadmapBot.Host.Dashboard;

/// <summary>Text into HTML: every value from a roadmap or a member is encoded here, once.</summary>
public static class Html
{
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
}
