using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Host;
using RoadmapBot.Host.Cli;
using RoadmapBot.Host.Http;
using RoadmapBot.Discord;
using RoadmapBot.Telegram;

if (args is ["import", .. var importArgs]) return ImportCli.Run(importArgs, Console.Out, Console.Error);
var settings = new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory };
if (args is ["migrate-data", .. var migrateArgs])
    return await MigrateDataCli.RunAsync(migrateArgs, Host.CreateApplicationBuilder(settings).Configuration, Console.Out, Console.Error);

var (cli, error) = CliArguments.Parse(args);
if (cli is null || cli.Verb is not ("run" or "chat" or "upcoming"))
{
    Console.Error.WriteLine($"error: {error ?? $"unknown command '{cli?.Verb}'"}. Usage: roadmapbot [run|chat|upcoming|import|migrate-data] …");
    return 2;
}

var plain = Host.CreateApplicationBuilder(settings);
// run serves Telegram with its token, Discord with its token and application id, both in one process; with neither, the console chat.
var platforms = cli.Verb == "run" ? plain.Configuration.Platforms() : [];
var http = cli.Verb == "run" ? HttpOptions.ToServe(plain.Configuration[$"{HttpOptions.Section}:{nameof(HttpOptions.Urls)}"], platforms.Count > 0) : null;
var builder = plain.AddHttpHost(http, platforms);
builder.AddRoadmapBotHost(cli);
builder.Services.AddConsoleChat(cli, cli.Database ?? builder.Configuration["RoadmapBot:Database"] ?? new RoadmapBotOptions().Database);
if (cli.Verb == "run")
{
    if (platforms.Contains(ChatPlatform.Telegram)) builder.Services.AddTelegram();
    if (platforms.Contains(ChatPlatform.Discord)) builder.Services.AddDiscord();
    if (platforms.Count == 0) builder.Services.AddConsoleBot();
    builder.Services.AddReminderScheduling(builder.Configuration[$"{RoadmapBotOptions.Section}:{nameof(RoadmapBotOptions.PostgreSql)}"]);
}

using var host = builder.Build();
try
{
    // Every section validated before anything starts: a bad value is one line, not the host's "failed to start" trace.
    host.Services.GetService<IStartupValidator>()?.Validate();
    await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
}
catch (Exception e) when (e is OptionsValidationException or AggregateException { InnerExceptions: [OptionsValidationException, ..] })
{
    var failures = (e is AggregateException all ? all.InnerExceptions : [e]).OfType<OptionsValidationException>().SelectMany(v => v.Failures);
    Console.Error.WriteLine($"error: configuration: {string.Join("; ", failures)}");
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
    catch (IOException e) when (e.Message.StartsWith("Failed to bind", StringComparison.Ordinal))
    {
        Console.Error.WriteLine($"error: {e.Message} Set RoadmapBot__Http__Urls to a free address, or to off.");
        return 2;
    }
    return Environment.ExitCode;  // set by an adapter that stopped the app, e.g. a rejected Telegram or Discord token
}
