using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using RoadmapBot.Core.Data;
using RoadmapBot.Host;
using RoadmapBot.Host.Cli;
using RoadmapBot.Host.Console;

if (args is ["import", .. var importArgs]) return ImportCli.Run(importArgs, Console.Out, Console.Error);

var (cli, error) = CliArguments.Parse(args);
if (cli is null || cli.Verb is not ("run" or "chat"))
{
    Console.Error.WriteLine($"error: {error ?? $"unknown command '{cli?.Verb}'"}. Usage: roadmapbot [run|chat|import] …");
    return 2;
}

var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
builder.AddRoadmapBotHost(cli);
builder.Services.AddConsoleChat(cli, cli.Database ?? builder.Configuration["RoadmapBot:Database"] ?? new RoadmapBotOptions().Database);
if (cli.Verb == "run") builder.Services.AddHostedService<ConsoleChatService>();

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
if (cli.Verb == "chat") return await host.Services.GetRequiredService<ChatCli>().RunAsync(cli.Messages, CancellationToken.None);
await host.RunAsync();
return 0;
