using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Prometheus;
using RoadmapBot.Core.Chat;
using RoadmapBot.Discord;
using RoadmapBot.Discord.Client.Interactions;
using RoadmapBot.Discord.Interactions;
using RoadmapBot.Host.Dashboard;
using RoadmapBot.Telegram;
using RoadmapBot.Telegram.Webhook;

namespace RoadmapBot.Host.Http;

/// <summary>
/// The HTTP area: Kestrel on RoadmapBot:Http:Urls with /healthz (the process answers), /readyz (database and migrations,
/// scheduler, each platform) and /metrics (Prometheus text). Later endpoints (webhooks, dashboard) map beside these.
/// </summary>
public static class HttpServiceCollectionExtensions
{
    private const string Ready = "ready";

    /// <summary>Chooses the builder: ASP.NET Core's when this process serves <paramref name="urls"/>, else <paramref name="plain"/> as it is.</summary>
    public static IHostApplicationBuilder AddHttpHost(this HostApplicationBuilder plain, string? urls, IReadOnlyList<ChatPlatform> platforms)
    {
        if (urls is null)
        {
            plain.Services.AddSingleton<PushNeedsHttp>();
            plain.Services.AddSingleton<IValidateOptions<TelegramOptions>>(sp => sp.GetRequiredService<PushNeedsHttp>());
            plain.Services.AddSingleton<IValidateOptions<DiscordOptions>>(sp => sp.GetRequiredService<PushNeedsHttp>());
            return plain;
        }
        // The plain builder only told us what runs; the web builder reads the same sources again and replaces it.
        ((IDisposable)plain.Configuration).Dispose();
        var web = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = plain.Environment.ContentRootPath });
        web.WebHost.UseUrls(HttpOptions.Split(urls));
        web.Services.AddOptions<HttpOptions>().BindConfiguration(HttpOptions.Section).ValidateOnStart();
        web.Services.AddSingleton<IValidateOptions<HttpOptions>, HttpOptionsValidator>();
        var checks = web.Services.AddHealthChecks()
            .AddCheck<DatabaseReadiness>("database", tags: [Ready])
            .AddCheck<SchedulerReadiness>("scheduler", tags: [Ready]);
        foreach (var platform in platforms)
            checks.Add(new HealthCheckRegistration(platform.ToString().ToLowerInvariant(),
                sp => new PlatformReadiness(platform, sp.GetServices<IPlatformConnection>()), failureStatus: null, tags: [Ready]));
        // Each failing probe would log an error: /readyz answers with the reason, and the bot's own lines say what failed.
        web.Logging.AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.Critical);
        web.Services.AddSingleton<PrometheusMetrics>();
        web.AddDashboard();
        return web;
    }

    /// <summary>Builds the host; a web host gets its endpoints and logs where it listens once started.</summary>
    public static IHost Build(this IHostApplicationBuilder builder) => builder switch
    {
        WebApplicationBuilder web => web.Build().MapHttpEndpoints(),
        HostApplicationBuilder plain => plain.Build(),
        _ => throw new ArgumentException($"unexpected builder {builder.GetType().Name}", nameof(builder)),
    };

    public static WebApplication MapHttpEndpoints(this WebApplication app)
    {
        app.UseDashboard();
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = ReadinessJson.WriteAsync });
        // Resolved now, not at the first scrape, so what happens before it is counted.
        app.MapMetrics("/metrics", app.Services.GetRequiredService<PrometheusMetrics>().Registry);
        // Each adapter maps its own endpoints; only those that run here are registered.
        if (app.Services.GetService<InboxSignal>() is not null) app.MapTelegramWebhook();
        if (app.Services.GetService<HttpInteractions>() is not null) app.MapDiscordInteractions();
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(HttpServiceCollectionExtensions).Namespace!)
                .LogInformation("HTTP: /healthz, /readyz and /metrics on {Addresses}", string.Join(", ", addresses));
        });
        return app;
    }
}
