using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using RoadmapBot.Discord.Client.Gateway;
using RoadmapBot.Discord.Client.Rest;

namespace RoadmapBot.Discord.Client;

public static class DiscordClientServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Discord REST client (<see cref="IDiscordRest"/>, one rate limiter per token and process) and the gateway
    /// (<see cref="IGatewayEvents"/>: the one shard the options name, or every recommended shard when ShardCount is null;
    /// nothing connects until its RunAsync is called).
    /// </summary>
    public static IServiceCollection AddDiscordClient(this IServiceCollection services, Func<IServiceProvider, DiscordClientOptions> options)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(options);
        services.AddSingleton<IDiscordRest>(sp =>
        {
            var o = sp.GetRequiredService<DiscordClientOptions>();
            return new DiscordRestClient(CreateHttpClient(o), o, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<DiscordRestClient>>());
        });
        services.AddSingleton<IGatewayEvents>(sp =>
        {
            var (rest, o, time) = (sp.GetRequiredService<IDiscordRest>(), sp.GetRequiredService<DiscordClientOptions>(), sp.GetRequiredService<TimeProvider>());
            return o.ShardCount is null
                ? new ShardedGateway(rest, o, time, sp.GetRequiredService<ILogger<ShardedGateway>>())
                : new GatewayClient(rest, o, time, sp.GetRequiredService<ILogger<GatewayClient>>());
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
