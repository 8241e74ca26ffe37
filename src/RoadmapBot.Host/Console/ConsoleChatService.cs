using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace RoadmapBot.Host.Console;

/// <summary>The default front end when no platform token is configured: an interactive chat in the terminal.</summary>
public sealed class ConsoleChatService(ConsoleChat chat, ConsoleIdentity identity, FirstRun firstRun, IHostApplicationLifetime lifetime,
    ILogger<ConsoleChatService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var output = System.Console.Out;
            await output.WriteLineAsync("RoadmapBot: local console chat. No Telegram or Discord token is configured.");
            if (await firstRun.NeedsSeedAsync(identity, stoppingToken))
            {
                await output.WriteLineAsync("First run: importing the sample roadmap (seeds/000) for you.");
                await firstRun.ImportSeedAsync(chat, stoppingToken);
            }
            await output.WriteLineAsync("Try /today, /done t1, /log sql 4, /progress or /help. /quit leaves; reminders print here as they fall due.");
            if (await chat.RunInteractiveAsync(System.Console.In, stoppingToken) == ConsoleChat.Ending.InputEnded)
            {
                // Input ended (running in the background): keep sending reminders until the host is stopped.
                await Task.Delay(Timeout.Infinite, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            logger.LogError(e, "The console chat stopped");
        }
        finally
        {
            lifetime.StopApplication();
        }
    }
}
