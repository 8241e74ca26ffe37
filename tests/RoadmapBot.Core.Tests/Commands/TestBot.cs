using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Commands;
using RoadmapBot.Core.Data;

namespace RoadmapBot.Core.Tests.Commands;

/// <summary>The real engine on a temporary SQLite file, with a fake clock (Thu 15 Jan 2026, 09:00 UTC).</summary>
internal sealed class TestBot : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private TestBot(ServiceProvider services, string path, FakeTimeProvider time)
    {
        (_services, Path, Time) = (services, path, time);
    }

    public string Path { get; }
    public FakeTimeProvider Time { get; }
    public ChatEngine Engine => _services.GetRequiredService<ChatEngine>();

    public static async Task<TestBot> StartAsync(string? databasePath = null)
    {
        var path = databasePath ?? System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"roadmapbot-test-{Guid.NewGuid():N}.db");
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 15, 9, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddSingleton<TimeProvider>(time)
            .AddLogging()
            .AddRoadmapCore(o => o.Database = path)
            .BuildServiceProvider(validateScopes: true);
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(TestContext.Current.CancellationToken);
        return new TestBot(services, path, time);
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
        SqliteConnection.ClearPool(new SqliteConnection(SqliteConnectionStrings.For(Path)));
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(Path + suffix);
    }
}
