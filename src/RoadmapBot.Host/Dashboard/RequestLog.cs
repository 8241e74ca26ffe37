using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using RoadmapBot.Core.Dashboard;

namespace RoadmapBot.Host.Dashboard;

/// <summary>
/// The request line of every HTTP answer, logged with link tokens cut out of the path (ASP.NET Core's own request log,
/// which would print them, is turned down to warnings by <see cref="DashboardServiceCollectionExtensions"/>).
/// </summary>
public sealed class RequestLog(RequestDelegate next, ILogger<RequestLog> logger)
{
    public async Task InvokeAsync(HttpContext http)
    {
        await next(http);
        if (logger.IsEnabled(LogLevel.Debug))
            logger.LogDebug("HTTP {Method} {Path} {Status}", http.Request.Method, Redact(http.Request.Path.Value), http.Response.StatusCode);
    }

    /// <summary>The path with the token of a dashboard or calendar link replaced by "***".</summary>
    public static string Redact(string? path) => DashboardLinks.Redact(path ?? "");
}
