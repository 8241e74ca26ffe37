using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using RoadmapBot.Discord.Client.Rest;

namespace RoadmapBot.Discord.Client;

public static class DiscordClientServiceCollectionExtensions
{
    /// <summary>Registers the Discord REST client (one rate limiter per token and process) with its options.</summary>
    public static IServiceCollection AddDiscordClient(this IServiceCollection services, Func<IServiceProvider, DiscordClientOptions> options)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(options);
        services.AddSingleton<IDiscordRest>(sp =>
        {
            var o = sp.GetRequiredService<DiscordClientOptions>();
            return new DiscordRestClient(CreateHttpClient(o), o, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<DiscordRestClient>>());
        });
        return services;
    }

    public static IServiceCollection AddDiscordClient(this IServiceCollection services, Action<DiscordClientOptions> configure) =>
        services.AddDiscordClient(_ =>
        {
            var options = new DiscordClientOptions();
            configure(options);
            return options;
        });

    private static HttpClient CreateHttpClient(DiscordClientOptions options) =>
        new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(10), ConnectTimeout = TimeSpan.FromSeconds(10) })
        {
            Timeout = options.RequestTimeout,
        };
}
