using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using RoadmapBot.Core.Data;
using RoadmapBot.Host;
using RoadmapBot.Host.Cli;
using RoadmapBot.Telegram;

if (args is ["import", .. var importArgs]) return ImportCli.Run(importArgs, Console.Out, Console.Error);

var (cli, error) = CliArguments.Parse(args);
if (cli is null || cli.Verb is not ("run" or "chat" or "upcoming"))
{
    Console.Error.WriteLine($"error: {error ?? $"unknown command '{cli?.Verb}'"}. Usage: roadmapbot [run|chat|upcoming|import] …");
    return 2;
}

var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
builder.AddRoadmapBotHost(cli);
builder.Services.AddConsoleChat(cli, cli.Database ?? builder.Configuration["RoadmapBot:Database"] ?? new RoadmapBotOptions().Database);
// With a Telegram token, run serves Telegram; without one, the console chat.
var telegram = !string.IsNullOrWhiteSpace(builder.Configuration[$"{TelegramOptions.Section}:{nameof(TelegramOptions.Token)}"]);
if (cli.Verb == "run") (telegram ? builder.Services.AddTelegram() : builder.Services.AddConsoleBot()).AddReminderScheduling();

using var host = builder.Build();
try
{
    await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
}
catch (OptionsValidationException e)
{
    Console.Error.WriteLine($"error: configuration: {string.Join("; ", e.Failures)}");
    return 2;
}
return cli.Verb switch
{
    "chat" => await host.Services.GetRequiredService<ChatCli>().RunAsync(cli.Messages, CancellationToken.None),
    "upcoming" => await host.Services.GetRequiredService<UpcomingCli>().RunAsync(cli, Console.Out, CancellationToken.None),
    _ => await RunAsync(host),
};

static async Task<int> RunAsync(IHost host)
{
    try
    {
        await host.RunAsync();
    }
    catch (OptionsValidationException e)
    {
        Console.Error.WriteLine($"error: configuration: {string.Join("; ", e.Failures)}");
        return 2;
    }
    return Environment.ExitCode;  // set by an adapter that stopped the app, e.g. a rejected Telegram token
}
