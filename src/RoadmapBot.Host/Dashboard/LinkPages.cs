using Microsoft.AspNetCore.Http;
using RoadmapBot.Core.Dashboard;

namespace RoadmapBot.Host.Dashboard;

/// <summary>The plain pages a link that does not open gets: what happened and how to get a new one, nothing about the member.</summary>
public static class LinkPages
{
    public static IResult Refused(LinkVerdict verdict, LinkKind kind)
    {
        var command = kind == LinkKind.Dashboard ? "/dashboard" : "/calendar";
        var (status, title, why) = verdict switch
        {
            LinkVerdict.Expired => (StatusCodes.Status410Gone, "This link has expired", "Dashboard links are valid for 7 days."),
            LinkVerdict.Revoked => (StatusCodes.Status410Gone, "This link was closed", $"Its owner closed it with {command} off."),
            _ => (StatusCodes.Status404NotFound, "This link does not open anything", "It may have been copied incompletely."),
        };
        return Page(status, title, $"{why} Send <code>{command}</code> to the bot in a private chat for a new one.");
    }

    public static IResult Page(int status, string title, string bodyHtml) => Results.Text(
        $"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" +
        $"<title>{Html.E(title)}</title><link rel=\"stylesheet\" href=\"/dashboard/assets/site.css\"></head>" +
        $"<body><main class=\"plain\"><h1>{Html.E(title)}</h1><p>{bodyHtml}</p></main></body></html>",
        "text/html; charset=utf-8", statusCode: status);
}
