using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using RoadmapBot.Core.Data;
using RoadmapBot.Host.Cli;

namespace RoadmapBot.Host.Startup;

/// <summary>Starts what the verb asks for, settings validated and the database migrated first; a start-up failure is one line and exit code 2.</summary>
public static class HostRun
{
    public static async Task<int> RunAsync(IHost host, CliArguments cli, TextWriter error)
    {
        try
        {
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
        catch (Exception e) when (StartupFailure.Describe(e) is { } line)
        {
            error.WriteLine(line);
            return 2;
        }
    }

    private static async Task<int> RunBotAsync(IHost host)
    {
        await host.RunAsync();
        return Environment.ExitCode;  // set by an adapter that stopped the app, e.g. a rejected Telegram or Discord token
    }
}
