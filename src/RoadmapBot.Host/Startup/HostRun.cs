using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoadmapBot.Core.Data;
using RoadmapBot.Host.Cli;

namespace RoadmapBot.Host.Startup;

/// <summary>
/// Builds and starts what the verb asks for, settings validated and the database migrated first, and turns how it ended into
/// the exit code: 0 stopped, 1 a service failed, 2 a start-up failure the operator fixes (one line each), or the code an
/// adapter set when it stopped the bot (3: a rejected token).
/// </summary>
public static class HostRun
{
    public const int ServiceFailedExitCode = 1;
    public const int StartupFailedExitCode = 2;

    public static async Task<int> RunAsync(Func<IHost> build, CliArguments cli, TextWriter error)
    {
        try
        {
            // Built here, not before: mapping endpoints reads validated options, and a bad value must be a line, not a trace.
            using var host = build();
            // Every section validated before anything starts: a bad value is one line, not the host's "failed to start" trace.
            host.Services.GetService<IStartupValidator>()?.Validate();
            await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
            return cli.Verb switch
            {
                "chat" => await host.Services.GetRequiredService<ChatCli>().RunAsync(cli.Messages, CancellationToken.None),
                "upcoming" => await host.Services.GetRequiredService<UpcomingCli>().RunAsync(cli, System.Console.Out, CancellationToken.None),
                _ => await RunBotAsync(host),
            };
        }
        catch (Exception e) when (StartupFailure.Describe(e) is { } lines)
        {
            error.WriteLine(lines);
            return StartupFailedExitCode;
        }
    }

    private static async Task<int> RunBotAsync(IHost host)
    {
        var services = host.Services.GetServices<IHostedService>().OfType<BackgroundService>().ToList();
        await host.StartAsync();
        await host.WaitForShutdownAsync();
        // The host stops itself when a background service throws; that stop must not read as a clean one to a supervisor.
        var failed = services.Where(s => s.ExecuteTask is { IsFaulted: true }).ToList();
        var log = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(HostRun).Namespace!);
        foreach (var service in failed)
            log.LogCritical(service.ExecuteTask!.Exception!.GetBaseException(), "{Service} failed and stopped the bot", service.GetType().Name);
        return Environment.ExitCode switch
        {
            0 when failed.Count > 0 => ServiceFailedExitCode,
            var set => set,  // set by an adapter that stopped the app, e.g. a rejected Telegram or Discord token
        };
    }
}
