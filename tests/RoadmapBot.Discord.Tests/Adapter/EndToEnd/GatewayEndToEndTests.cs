using Microsoft.Data.Sqlite;
using RoadmapBot.Discord.Tests.Fakes;

namespace RoadmapBot.Discord.Tests.Adapter.EndToEnd;

/// <summary>The whole Discord side against the fake Discord: gateway in, engine, interaction callbacks out.</summary>
public sealed class GatewayEndToEndTests : IAsyncLifetime
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);
    private FakeDiscord _discord = null!;
    private DiscordHostRig _rig = null!;

    public async ValueTask InitializeAsync()
    {
        _discord = await FakeDiscord.StartAsync();
        _rig = await DiscordHostRig.StartAsync(_discord);
        await _rig.ImportAsync("000");
        await _discord.WaitForIdentifyAsync(timeout: Bound);
    }

    public async ValueTask DisposeAsync()
    {
        await _rig.DisposeAsync();
        await _discord.DisposeAsync();
    }

    [Fact]
    public async Task Connect_RegistersCommands_ThenASlashCommandIsAnsweredInItsCallback()
    {
        var put = await _discord.Requests.WaitForAsync(r => r.Method == "PUT" && r.Path == $"/applications/{FakeDiscord.ApplicationId}/commands", Bound);
        Assert.Contains(put.JsonBody.EnumerateArray(), c => c.GetProperty("name").GetString() == "done");

        await _discord.DispatchInteractionAsync(FakeInteractions.SlashCommand("done", [("key", 3, "t1")]));

        var callback = await _discord.Requests.WaitForAsync(r => r.Path.EndsWith("/callback", StringComparison.Ordinal), Bound);
        var body = callback.JsonBody;
        Assert.Equal(4, body.GetProperty("type").GetInt32());
        Assert.Contains("Python Fundamentals", body.GetProperty("data").GetProperty("content").GetString());
        Assert.Equal("[]", body.GetProperty("data").GetProperty("allowed_mentions").GetProperty("parse").GetRawText());
    }

    [Fact]
    public async Task NoteWithEveryone_ReachesDiscordDefusedAndWithNoMentionsAllowed()
    {
        await _discord.DispatchInteractionAsync(FakeInteractions.SlashCommand("note", [("key", 3, "t1"), ("text", 3, "@everyone come look")]));

        var callback = await _discord.Requests.WaitForAsync(r => r.Path.EndsWith("/callback", StringComparison.Ordinal), Bound);
        var data = callback.JsonBody.GetProperty("data");
        Assert.DoesNotContain("@everyone", data.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal("[]", data.GetProperty("allowed_mentions").GetProperty("parse").GetRawText());
    }

    [Fact]
    public async Task Today_InAGuild_IsEphemeral()
    {
        await _discord.DispatchInteractionAsync(FakeInteractions.SlashCommand("today"));

        var callback = await _discord.Requests.WaitForAsync(r => r.Path.EndsWith("/callback", StringComparison.Ordinal), Bound);
        Assert.Equal(64, callback.JsonBody.GetProperty("data").GetProperty("flags").GetInt32() & 64);
    }

    [Fact]
    public async Task SlowEngine_IsDeferredByTheWatchdog_ThenTheAnswerEditsTheOriginal()
    {
        // A writer holding the database makes the engine wait, as a slow disk or a long import would.
        await using var blocker = new SqliteConnection($"Data Source={_rig.Database}");
        await blocker.OpenAsync(TestContext.Current.CancellationToken);
        await using var transaction = blocker.BeginTransaction(deferred: false);

        await _discord.DispatchInteractionAsync(FakeInteractions.SlashCommand("done", [("key", 3, "t2")]));
        var defer = await _discord.Requests.WaitForAsync(r => r.Path.EndsWith("/callback", StringComparison.Ordinal), Bound);
        await transaction.RollbackAsync(TestContext.Current.CancellationToken);
        var edit = await _discord.Requests.WaitForAsync(r => r.Method == "PATCH" && r.Path.EndsWith("/messages/@original", StringComparison.Ordinal), Bound);

        Assert.Equal(5, defer.JsonBody.GetProperty("type").GetInt32());
        Assert.Contains("t2", edit.JsonBody.GetProperty("content").GetString());
    }
}
