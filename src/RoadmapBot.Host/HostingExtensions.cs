using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoadmapBot.Core;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Commands;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Reminders;
using RoadmapBot.Host.Cli;
using RoadmapBot.Host.Clock;
using RoadmapBot.Host.Console;
using RoadmapBot.Discord;
using RoadmapBot.Telegram;

namespace RoadmapBot.Host;

/// <summary>What the host adds around Core: logs on stderr (JSON lines with Logging:Console:FormatterName=json), the clock, the database path and the console front end.</summary>
public static class HostingExtensions
{
    public static IHostApplicationBuilder AddRoadmapBotHost(this IHostApplicationBuilder builder, CliArguments cli)
    {
        // The console is the chat, so only warnings and errors are logged, and on stderr.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("RoadmapBot.Core.Reminders", LogLevel.Information);  // SKIPPED lines
        builder.Logging.AddFilter("RoadmapBot.Host.Http", LogLevel.Information);  // where /healthz, /readyz and /metrics listen
        builder.Logging.AddFilter("RoadmapBot.Telegram", LogLevel.Information);  // the bot's username at start, migrations
        builder.Logging.AddFilter("RoadmapBot.Discord", LogLevel.Information);  // connected, commands registered, unreachable members
        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);  // request lines carry the bot token
        // EF logs every failed command; a database problem is reported by DatabaseTrouble, once a minute, not per message.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Critical);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Update", LogLevel.Critical);
        // The host's own failure entries repeat a stack trace HostRun turns into one line (a bad setting, a port in use) or one entry (a failed service).
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        // "Executing endpoint" and "Executed endpoint" for every request; RequestLog writes the one line, redacted, at Debug.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Routing.EndpointMiddleware", LogLevel.Warning);

        if (cli.Clock is { } start) builder.Services.AddSingleton<TimeProvider>(new StartedClock(start, TimeProvider.System));
        var machineZone = builder.Configuration[$"{RoadmapBotOptions.Section}:{nameof(RoadmapBotOptions.DefaultTimeZone)}"] is null
            ? TimeZoneInfo.Local.Id
            : null;
        builder.Services.AddRoadmapCore(o =>
        {
            if (cli.Database is not null) o.Database = cli.Database;
            if (machineZone is not null) o.DefaultTimeZone = machineZone;
        });
        return builder;
    }

    /// <summary>The platforms configured to run: Telegram with its token, Discord with its token and application id.</summary>
    public static IReadOnlyList<ChatPlatform> Platforms(this IConfiguration configuration) =>
    [
        .. configuration.Has(TelegramOptions.Section, nameof(TelegramOptions.Token)) ? [ChatPlatform.Telegram] : Array.Empty<ChatPlatform>(),
        .. configuration.Has(DiscordOptions.Section, nameof(DiscordOptions.Token), nameof(DiscordOptions.ApplicationId)) ? [ChatPlatform.Discord] : Array.Empty<ChatPlatform>(),
    ];

    /// <summary>True when every one of <paramref name="keys"/> under <paramref name="section"/> has a value.</summary>
    public static bool Has(this IConfiguration configuration, string section, params string[] keys) =>
        keys.All(k => !string.IsNullOrWhiteSpace(configuration[$"{section}:{k}"]));

    public static IServiceCollection AddConsoleChat(this IServiceCollection services, CliArguments cli)
    {
        services.AddSingleton(new ConsoleIdentity(cli.Space, cli.User, cli.Group, cli.Admin));
        services.AddSingleton(sp => new ConsoleFiles(Path.Combine(sp.GetRequiredService<IOptions<RoadmapBotOptions>>().Value.DataFolder, "files")));
        services.AddSingleton(sp => new ConsoleChat(
            sp.GetRequiredService<ChatEngine>(), sp.GetRequiredService<ConsoleIdentity>(), sp.GetRequiredService<ConsoleFiles>(), System.Console.Out));
        services.AddSingleton<FirstRun>();
        services.AddSingleton<ChatCli>();
        services.AddSingleton<UpcomingCli>();
        return services;
    }

    /// <summary>The local bot with no platform token: the interactive console chat, and reminders printed to the console.</summary>
    public static IServiceCollection AddConsoleBot(this IServiceCollection services)
    {
        services.AddHostedService<ConsoleChatService>();
        services.AddSingleton<IReminderSender>(sp => new ConsoleReminderSender(System.Console.Out, sp.GetRequiredService<ConsoleFiles>()));
        return services;
    }
}
