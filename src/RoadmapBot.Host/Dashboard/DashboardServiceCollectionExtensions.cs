using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RoadmapBot.Host.Dashboard;

/// <summary>The dashboard's part of a web host: its services, and request logs that never carry a link's token.</summary>
public static class DashboardServiceCollectionExtensions
{
    public static WebApplicationBuilder AddDashboard(this WebApplicationBuilder web)
    {
        web.Services.AddSingleton<DashboardSite>();
        // These log request URLs as they came, tokens included: RequestLog logs each request instead, redacted.
        web.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        web.Logging.AddFilter("Microsoft.AspNetCore.Routing", LogLevel.Information);  // "candidates found for the request path …" at Debug
        web.Logging.AddFilter("Microsoft.AspNetCore.Server.Kestrel", LogLevel.Information);  // request targets at Debug/Trace
        web.Logging.AddFilter("Microsoft.AspNetCore.HttpLogging", LogLevel.None);
        return web;
    }

    public static WebApplication UseDashboard(this WebApplication app)
    {
        app.UseMiddleware<RequestLog>();
        app.MapDashboard();
        return app;
    }
}
