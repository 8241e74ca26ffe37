using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoadmapBot.Discord.Client.Gateway;
using RoadmapBot.Discord.Client.Interactions;
using RoadmapBot.Discord.Commands;
using RoadmapBot.Discord.Interactions;

namespace RoadmapBot.Discord.Gateway;

/// <summary>
/// Registers the slash commands, keeps the gateway session running and handles interactions from it and from the
/// Interactions Endpoint URL (either or both), up to <see cref="Concurrency"/> at once from each, each in its own scope.
/// A rejected token or a fatal close stops the app with one line.
/// </summary>
public sealed class DiscordBotService(
    IGatewayEvents gateway,
    HttpInteractions http,
    CommandRegistrar registrar,
    DiscordGuilds guilds,
    MessageIntake messages,
    IServiceScopeFactory scopes,
    IHostApplicationLifetime lifetime,
    IOptions<DiscordOptions> options,
    ILogger<DiscordBotService> logger) : BackgroundService
{
    public const int Concurrency = 8;

    /// <summary>The process exit code after Discord refused the token or closed the session for good.</summary>
    public const int RejectedExitCode = 3;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (!o.Receives && !o.HttpInteractions)
        {
            logger.LogInformation("Discord: the gateway is off on this instance (RoadmapBot:Discord:Gateway=off); it only sends");
            return;
        }
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        try
        {
            // A rejected token stops the app here; any other failure is tried again in the background.
            var registered = await registrar.TrySyncAsync(CommandRegistrar.FirstRetry, stop.Token);
            var handling = Task.WhenAll(HandleInteractionsAsync(gateway.ReadInteractionsAsync(stop.Token), stop.Token),
                HandleInteractionsAsync(http.ReadAsync(stop.Token), stop.Token), HandleGuildEventsAsync(stop.Token),
                o.ReadMessages && o.Receives ? messages.RunAsync(stop.Token) : Task.CompletedTask,
                registered ? Task.CompletedTask : registrar.RetryUntilRegisteredAsync(stop.Token));
            try
            {
                if (o.Receives)
                    await gateway.RunAsync(stop.Token);
                else
                {
                    logger.LogInformation("Discord: interactions arrive over HTTP; the gateway is off on this instance");
                    await Task.Delay(Timeout.Infinite, stop.Token);
                }
            }
            finally
            {
                await stop.CancelAsync();
                await handling;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e) when (DiscordErrors.IsUnauthorized(e) || e is GatewayFatalException { CloseCode: 4004 })
        {
            Stop("Discord rejected the bot token (401 / 4004 Authentication failed): check RoadmapBot__Discord__Token. Stopping.");
        }
        catch (GatewayFatalException e)
        {
            Stop($"Discord closed the gateway for good ({e.CloseCode}): {DiscordErrors.Describe(e, options.Value.Token)}. Stopping.");
        }
    }

    private async Task HandleInteractionsAsync(IAsyncEnumerable<IInteractionReplies> interactions, CancellationToken ct)
    {
        try
        {
            await Parallel.ForEachAsync(interactions, new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = ct }, HandleAsync);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    // One at a time, in the order Discord sent them: a removal and the re-adding that follows must not swap.
    private async Task HandleGuildEventsAsync(CancellationToken ct)
    {
        try
        {
            await foreach (var guild in gateway.ReadGuildEventsAsync(ct))
            {
                try
                {
                    await guilds.HandleAsync(guild, ct);
                }
                catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
                {
                    logger.LogError("Discord: server {Guild} event not handled: {Reason}", guild.GuildId, DiscordErrors.Describe(e, options.Value.Token));
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    private async ValueTask HandleAsync(IInteractionReplies replies, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<InteractionHandler>().HandleAsync(replies, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // The handler answers its own failures; this only keeps the loop going if even that failed.
            logger.LogError("Discord interaction {Id} failed: {Reason}", replies.Interaction.Id, DiscordErrors.Describe(e, options.Value.Token));
        }
    }

    private void Stop(string line)
    {
        logger.LogError("{Line}", line);
        Environment.ExitCode = RejectedExitCode;
        // Once started: stopping while the host still starts (Kestrel binding) would cancel its start and crash the process.
        lifetime.ApplicationStarted.Register(lifetime.StopApplication);
    }
}
