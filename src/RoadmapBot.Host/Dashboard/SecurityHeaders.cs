using Microsoft.AspNetCore.Http;

namespace RoadmapBot.Host.Dashboard;

/// <summary>
/// The headers every dashboard and calendar answer carries: only our own assets may load, nothing may frame the page, the
/// link (its token) never leaks as a referrer, and no cache keeps a personal page.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    public static void Apply(HttpResponse response)
    {
        var headers = response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XFrameOptions = "DENY";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";
    }
}
