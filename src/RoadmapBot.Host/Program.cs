using Microsoft.Extensions.Hosting;
using RoadmapBot.Host.Cli;
using RoadmapBot.Host.Http;
using RoadmapBot.Host.Startup;

// import and migrate-data run on their own; run, chat and upcoming build the bot's host.
if (args is ["import", .. var importArgs]) return ImportCli.Run(importArgs, Console.Out, Console.Error);
var settings = new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory };
if (args is ["migrate-data", .. var migrateArgs])
    return await MigrateDataCli.RunAsync(migrateArgs, Host.CreateApplicationBuilder(settings).Configuration, Console.Out, Console.Error);
if (CliArguments.ForHost(args, Console.Error) is not { } cli) return 2;

return await HostRun.RunAsync(() => AdapterChoice.Compose(Host.CreateApplicationBuilder(settings), cli).Build(), cli, Console.Error);
