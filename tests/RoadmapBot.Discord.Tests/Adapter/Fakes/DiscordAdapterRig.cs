using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using RoadmapBot.Core;
using RoadmapBot.Core.Data;
using RoadmapBot.Discord.Client.Gateway;
using RoadmapBot.Discord.Client.Models;
using RoadmapBot.Discord.Client.Rest;
using RoadmapBot.Discord.Interactions;

namespace RoadmapBot.Discord.Tests.Adapter.Fakes;

/// <summary>RoadmapBot with the Discord adapter on a real SQLite file; the Discord client is replaced by hand-written fakes.</summary>
public sealed class DiscordAdapterRig : IAsyncDisposable
{
    public const string Token = "MTIz.fake.token-for-tests";

    private readonly string _folder = Directory.CreateTempSubdirectory("roadmapbot-discord-").FullName;

    private DiscordAdapterRig()
    {
    }

    public IHost Host { get; private set; } = null!;
    public FakeDiscordRest Rest { get; } = new();
    public FakeGateway Gateway { get; } = new();
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 14, 9, 0, 0, TimeSpan.Zero));
    public CapturedLogs Logs { get; } = new();

    public static async Task<DiscordAdapterRig> CreateAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var rig = new DiscordAdapterRig();
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RoadmapBot:Database"] = Path.Combine(rig._folder, "bot.db"),
            ["RoadmapBot:DefaultTimeZone"] = "UTC",
            ["RoadmapBot:Discord:Token"] = Token,
            ["RoadmapBot:Discord:ApplicationId"] = Interactions.ApplicationId.ToString(CultureInfo.InvariantCulture),
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Logging.ClearProviders().AddProvider(rig.Logs).SetMinimumLevel(LogLevel.Trace);
        builder.Services.AddSingleton<TimeProvider>(rig.Time);
        builder.Services.AddRoadmapCore().AddDiscord();
        builder.Services.AddSingleton<IDiscordRest>(rig.Rest);
        builder.Services.AddSingleton<IGatewayEvents>(rig.Gateway);
        rig.Host = builder.Build();
        await rig.Host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        return rig;
    }

    /// <summary>One interaction through the adapter's handler, as the event loop runs it.</summary>
    public async Task<FakeInteractionReplies> HandleAsync(Interaction interaction, bool watchdogDeferred = false)
    {
        var replies = new FakeInteractionReplies(interaction) { WatchdogDeferred = watchdogDeferred };
        await using var scope = Host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<InteractionHandler>().HandleAsync(replies, TestContext.Current.CancellationToken);
        return replies;
    }

    /// <summary>/import with <paramref name="roadmap"/> attached, by Ana (Manage Server) in the guild channel.</summary>
    public async Task<FakeInteractionReplies> ImportAsync(byte[] roadmap, Func<Interaction, Interaction>? where = null)
    {
        var url = new Uri($"https://cdn.example/{Guid.NewGuid():N}/roadmap.md");
        Rest.Files[url] = roadmap;
        var interaction = Interactions.InGuild(InteractionType.ApplicationCommand, Interactions.Ana) with
        {
            CommandName = "import",
            Options = [new InteractionOption("file", CommandOptionType.Attachment, "77")],
            Attachments = new Dictionary<ulong, InteractionAttachment> { [77] = new(77, "roadmap.md", roadmap.Length, url) },
        };
        return await HandleAsync(where?.Invoke(interaction) ?? interaction);
    }

    public RoadmapDbContext Db() => Host.Services.GetRequiredService<IDbContextFactory<RoadmapDbContext>>().CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
