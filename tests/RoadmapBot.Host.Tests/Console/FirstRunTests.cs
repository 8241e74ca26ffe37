using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RoadmapBot.Core;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Host.Console;
using RoadmapBot.Tests;

namespace RoadmapBot.Host.Tests.Console;

/// <summary>The console space gets the sample roadmap exactly when it has no roadmap of its own.</summary>
public sealed class FirstRunTests
{
    private static readonly ConsoleIdentity Me = new("local", "me", Group: false, Admin: false);

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task NeedsSeed_UntilTheConsoleSpaceHasARoadmap(StorageProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await TestStore.CreateAsync(provider);
        await using var services = Core(store);
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(ct);
        var firstRun = new FirstRun(services.GetRequiredService<IDbContextFactory<RoadmapDbContext>>());

        var emptyDatabase = await firstRun.NeedsSeedAsync(Me, ct);
        var consoleSpace = await AddSpaceAsync(store, ChatPlatform.Console, Me.Space);
        var spaceWithoutRoadmap = await firstRun.NeedsSeedAsync(Me, ct);
        await AddRoadmapAsync(store, await AddSpaceAsync(store, ChatPlatform.Telegram, Me.Space));
        var anotherPlatformsRoadmap = await firstRun.NeedsSeedAsync(Me, ct);
        await AddRoadmapAsync(store, consoleSpace);
        var ownRoadmap = await firstRun.NeedsSeedAsync(Me, ct);

        Assert.True(emptyDatabase);
        Assert.True(spaceWithoutRoadmap);
        Assert.True(anotherPlatformsRoadmap);
        Assert.False(ownRoadmap);
        store.ReleaseConnections();
    }

    private static async Task<long> AddSpaceAsync(TestStore store, ChatPlatform platform, string externalId)
    {
        await using var db = store.Open();
        var space = new Space { Platform = platform, ExternalId = externalId };
        db.Spaces.Add(space);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return space.Id;
    }

    private static async Task AddRoadmapAsync(TestStore store, long spaceId)
    {
        await using var db = store.Open();
        db.Roadmaps.Add(new SpaceRoadmap { SpaceId = spaceId, Title = "Plan", Source = "# Plan", ContentHash = "hash" });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    private static ServiceProvider Core(TestStore store) => new ServiceCollection()
        .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
        .AddLogging()
        .AddRoadmapCore(store.Apply)
        .BuildServiceProvider();
}
