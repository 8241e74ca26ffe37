using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using RoadmapBot.Core.Data;

namespace RoadmapBot.Core.Tests.Data;

/// <summary>A secret no one configured is made once and shared: every instance on the database reads the same value.</summary>
public sealed partial class SharedSecretsTests
{
    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task GetOrCreate_ManyInstancesAtOnce_AllGetTheOneStoredValue(StorageProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        await using (var db = store.Open()) await db.Database.MigrateAsync(ct);

        var values = await Task.WhenAll(Enumerable.Range(0, 8)
            .Select(_ => Task.Run(() => new SharedSecrets(new Contexts(store), new FakeTimeProvider()).GetOrCreateAsync("telegram-webhook", ct), ct)));

        var value = Assert.Single(values.Distinct());
        Assert.Matches(UrlSafe(), value);
        await using var after = store.Open();
        Assert.Equal(1, await after.SharedSecrets.CountAsync(ct));
    }

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task GetOrCreate_TwoNames_AreTwoSecrets_EachKeptAcrossCalls(StorageProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        await using (var db = store.Open()) await db.Database.MigrateAsync(ct);
        var secrets = new SharedSecrets(new Contexts(store), new FakeTimeProvider());

        var webhook = await secrets.GetOrCreateAsync("telegram-webhook", ct);
        var signing = await secrets.GetOrCreateAsync("dashboard-signing", ct);

        Assert.NotEqual(webhook, signing);
        Assert.Equal(webhook, await secrets.GetOrCreateAsync("telegram-webhook", ct));
    }

    // 32 random bytes in base64url: Telegram's secret_token alphabet, and enough for an HMAC key.
    [GeneratedRegex("^[A-Za-z0-9_-]{43}$")]
    private static partial Regex UrlSafe();

    private sealed class Contexts(TestStore store) : IDbContextFactory<RoadmapDbContext>
    {
        public RoadmapDbContext CreateDbContext() => store.Open();
    }
}
