using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using RoadmapBot.Core.Data;

namespace RoadmapBot.Core.Tests.Data;

public sealed class UpdateInboxTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 6, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task Store_SameKeyTwice_StoresItOnce(StorageProvider provider)
    {
        await using var store = await OpenAsync(provider);
        var inbox = new UpdateInbox(new Contexts(store), new FakeTimeProvider(Start));
        var ct = TestContext.Current.CancellationToken;

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => inbox.StoreAsync(Update(5, chat: 10), ct), ct)));

        Assert.Equal(1, results.Count(stored => stored));
        await using var db = store.Open();
        Assert.Equal(1, await db.Inbox.CountAsync(ct));
    }

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task Claim_RowHeldByAnotherInstance_IsTakenOnlyAfterItsLeaseExpires(StorageProvider provider)
    {
        await using var store = await OpenAsync(provider);
        var time = new FakeTimeProvider(Start);
        var inbox = new UpdateInbox(new Contexts(store), time);
        var ct = TestContext.Current.CancellationToken;
        await inbox.StoreAsync(Update(5, chat: 10) with { Payload = "{\"update_id\":5}" }, ct);

        var byA = await inbox.ClaimAsync("t:1:", "A", ct);
        var byBWhileHeld = await inbox.ClaimAsync("t:1:", "B", ct);
        time.Advance(UpdateInbox.Lease + TimeSpan.FromSeconds(1));
        var byBAfterLease = await inbox.ClaimAsync("t:1:", "B", ct);

        Assert.Equal("{\"update_id\":5}", byA?.Payload);
        Assert.Null(byBWhileHeld);
        Assert.Equal("t:1:5", byBAfterLease?.Key);
    }

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task Claim_RacingInstances_OneWinsAndAHandledRowIsNeverClaimedAgain(StorageProvider provider)
    {
        await using var store = await OpenAsync(provider);
        var time = new FakeTimeProvider(Start);
        var inbox = new UpdateInbox(new Contexts(store), time);
        var ct = TestContext.Current.CancellationToken;
        await inbox.StoreAsync(Update(5, chat: 10), ct);

        var claims = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Task.Run(() => inbox.ClaimAsync("t:1:", $"I{i}", ct), ct)));
        await inbox.CompleteAsync("t:1:5", ct);
        time.Advance(UpdateInbox.Lease * 3);

        Assert.Single(claims, c => c is not null);
        Assert.Null(await inbox.ClaimAsync("t:1:", "late", ct));
        Assert.Null(await inbox.ClaimAsync("other:", "late", ct));
    }

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task Claim_AChatsLaterUpdate_WaitsUntilItsEarlierOneIsHandled_AnotherChatsDoesNot(StorageProvider provider)
    {
        await using var store = await OpenAsync(provider);
        var inbox = new UpdateInbox(new Contexts(store), new FakeTimeProvider(Start));
        var ct = TestContext.Current.CancellationToken;
        await inbox.StoreAsync(Update(5, chat: 10), ct);
        await inbox.StoreAsync(Update(6, chat: 10), ct);
        await inbox.StoreAsync(Update(7, chat: 11), ct);

        var first = await inbox.ClaimAsync("t:1:", "A", ct);
        var second = await inbox.ClaimAsync("t:1:", "B", ct);
        var whileFiveRuns = await inbox.ClaimAsync("t:1:", "B", ct);
        await inbox.CompleteAsync("t:1:5", ct);
        var afterFive = await inbox.ClaimAsync("t:1:", "B", ct);

        Assert.Equal("t:1:5", first?.Key);
        Assert.Equal("t:1:7", second?.Key);
        Assert.Null(whileFiveRuns);
        Assert.Equal("t:1:6", afterFive?.Key);
    }

    private static InboxUpdate Update(long id, long chat) => new($"t:1:{id}", $"t:1:chat:{chat}", id, "{}");

    private static async Task<TestStore> OpenAsync(StorageProvider provider)
    {
        var store = await TestStore.CreateAsync(provider);
        await using var db = store.Open();
        await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
        return store;
    }

    private sealed class Contexts(TestStore store) : IDbContextFactory<RoadmapDbContext>
    {
        public RoadmapDbContext CreateDbContext() => store.Open();
    }
}
