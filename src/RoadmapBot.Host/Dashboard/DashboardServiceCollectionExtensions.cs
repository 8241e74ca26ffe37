using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using RoadmapBot.Core.Dashboard;

namespace RoadmapBot.Host.Dashboard;

/// <summary>The dashboard's part of a web host: its services, and request logs that never carry a link's token.</summary>
public static class DashboardServiceCollectionExtensions
{
    public static WebApplicationBuilder AddDashboard(this WebApplicationBuilder web)
    {
        web.Services.TryAddSingleton<DashboardSite>();
        // These log request URLs as they came, tokens included: RequestLog logs each request instead, redacted.
        web.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        web.Logging.AddFilter("Microsoft.AspNetCore.Routing", LogLevel.Information);  // "candidates found for the request path …" at Debug
        web.Logging.AddFilter("Microsoft.AspNetCore.Server.Kestrel", LogLevel.Information);  // request targets at Debug/Trace
        web.Logging.AddFilter("Microsoft.AspNetCore.HttpLogging", LogLevel.None);
        return web;
    }

    /// <summary>The local console bot: links point at <see cref="ConsoleDashboardServer"/>, which serves them when no one else does.</summary>
    public static IServiceCollection AddConsoleDashboard(this IServiceCollection services)
    {
        services.TryAddSingleton<DashboardSite>();
        services.AddSingleton<ConsoleDashboardServer>();
        services.Replace(ServiceDescriptor.Singleton<IDashboardAddress>(sp => sp.GetRequiredService<ConsoleDashboardServer>()));
        return services;
    }

    public static WebApplication UseDashboard(this WebApplication app)
    {
        app.UseMiddleware<RequestLog>();
        app.MapDashboard();
        return app;
    }
}
