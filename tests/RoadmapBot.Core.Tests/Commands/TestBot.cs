using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Commands;
using RoadmapBot.Core.Data;

namespace RoadmapBot.Core.Tests.Commands;

/// <summary>The real engine on a temporary database (SQLite file or PostgreSQL), with a fake clock (Thu 15 Jan 2026, 09:00 UTC).</summary>
internal sealed class TestBot : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private readonly TestStore _store;
    private readonly bool _ownsStore;

    private TestBot(ServiceProvider services, TestStore store, FakeTimeProvider time, bool ownsStore = true)
    {
        (_services, _store, Time, _ownsStore) = (services, store, time, ownsStore);
    }

    public string Path => _store.SqlitePath;
    public StorageProvider Provider => _store.Provider;
    public FakeTimeProvider Time { get; }
    public ChatEngine Engine => _services.GetRequiredService<ChatEngine>();
    public T Service<T>() where T : notnull => _services.GetRequiredService<T>();

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public static async Task<TestBot> StartAsync(string? databasePath = null) =>
        await StartAsync(databasePath is null ? await TestStore.CreateAsync(StorageProvider.Sqlite) : TestStore.Sqlite(databasePath));

    public static async Task<TestBot> StartAsync(StorageProvider provider) => await StartAsync(await TestStore.CreateAsync(provider));

    /// <summary>A bot on a SQLite file with these configuration <paramref name="settings"/> ("RoadmapBot:GitHub:ApiUrl" and the like).</summary>
    public static async Task<TestBot> StartAsync(IReadOnlyDictionary<string, string?> settings) =>
        await StartAsync(await TestStore.CreateAsync(StorageProvider.Sqlite), settings);

    /// <summary>Starts on <paramref name="store"/>, which the bot then owns (deleted on dispose).</summary>
    public static async Task<TestBot> StartAsync(TestStore store, IReadOnlyDictionary<string, string?>? settings = null, ILoggerProvider? logs = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 15, 9, 0, 0, TimeSpan.Zero));
        return new TestBot(await StartServicesAsync(store, time, settings, logs), store, time);
    }

    /// <summary>A second node on this bot's database, with its own services and the same clock; the first owns the database.</summary>
    public async Task<TestBot> SecondNodeAsync() => new(await StartServicesAsync(_store, Time, null), _store, Time, ownsStore: false);

    private static async Task<ServiceProvider> StartServicesAsync(TestStore store, TimeProvider time, IReadOnlyDictionary<string, string?>? settings = null,
        ILoggerProvider? logs = null)
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build())
            .AddSingleton(time)
            .AddLogging(b => { if (logs is not null) b.AddProvider(logs).SetMinimumLevel(LogLevel.Debug); })
            .AddRoadmapCore(store.Apply)
            .BuildServiceProvider(validateScopes: true);
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(TestContext.Current.CancellationToken);
        return services;
    }

    public async Task<ChatReply> ReplyAsync(string text, string user = "me", string space = "me", bool group = false, bool? platformAdmin = null, params ChatAttachment[] attachments)
    {
        var message = new ChatMessage(ChatPlatform.Console, space, group, user, user, text) { Attachments = attachments, SenderIsPlatformAdmin = platformAdmin };
        var replies = await Engine.HandleAsync(message, TestContext.Current.CancellationToken);
        return Assert.Single(replies);
    }

    /// <summary><paramref name="user"/> presses, in group <paramref name="space"/>, a button made for <paramref name="buttonFor"/>.</summary>
    public async Task<ChatReply> PressAsync(string command, string user, string buttonFor, string space = "club")
    {
        var message = new ChatMessage(ChatPlatform.Console, space, true, user, user, command) { ButtonFor = buttonFor };
        return Assert.Single(await Engine.HandleAsync(message, TestContext.Current.CancellationToken));
    }

    public async Task<string> SendAsync(string text, string user = "me", string space = "me", bool group = false, bool? platformAdmin = null) =>
        (await ReplyAsync(text, user, space, group, platformAdmin)).ToPlainText();

    public async Task ImportAsync(string markdown, string space = "me", bool group = false)
    {
        var reply = await SendAsync("/import\n" + markdown, group ? "admin" : "me", space, group, platformAdmin: group);
        Assert.StartsWith("Imported", reply);
    }

    /// <summary>Makes <paramref name="user"/> a member since 1 Dec 2025 (joining first if needed), so days before today can be logged.</summary>
    public async Task JoinedLongAgoAsync(string user = "me", string space = "me", bool group = false)
    {
        await using var db = Db();
        if (!await db.Members.AnyAsync(m => m.UserId == user && db.Spaces.Any(s => s.Id == m.SpaceId && s.ExternalId == space)))
            await SendAsync("/start", user, space, group);
        var member = await MemberAsync(user, space);
        await db.Members.Where(m => m.Id == member.Id)
            .ExecuteUpdateAsync(m => m.SetProperty(x => x.JoinedAt, new DateTimeOffset(2025, 12, 1, 0, 0, 0, TimeSpan.Zero)));
    }

    public RoadmapDbContext Db() => _services.GetRequiredService<IDbContextFactory<RoadmapDbContext>>().CreateDbContext();

    public async Task<Member> MemberAsync(string user, string space = "me")
    {
        await using var db = Db();
        var spaceId = await db.Spaces.Where(s => s.ExternalId == space).Select(s => s.Id).SingleAsync();
        return await db.Members.SingleAsync(m => m.SpaceId == spaceId && m.UserId == user);
    }

    /// <summary>Stops the services and closes pooled connections, leaving the database file.</summary>
    public async ValueTask StopAsync()
    {
        await _services.DisposeAsync();
        _store.ReleaseConnections();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (_ownsStore)
            await _store.DisposeAsync();
    }
}
