using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using RoadmapBot.Discord.Tests.Adapter.Fakes;
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

    [Fact]
    public async Task Import_ByAManageServerMember_DownloadsTheAttachmentAndShowsTheReplacement()
    {
        var seed = Seeds.Read("001");
        _discord.Files["roadmap.md"] = seed;
        var interaction = JsonNode.Parse(FakeInteractions.SlashCommand("import", [("file", 11, "55")], permissions: "32"))!;
        interaction["data"]!["resolved"] = new JsonObject
        {
            ["attachments"] = new JsonObject
            {
                ["55"] = new JsonObject { ["id"] = "55", ["filename"] = "roadmap.md", ["size"] = seed.Length, ["url"] = _discord.FileUrl("roadmap.md").ToString() },
            },
        };

        await _discord.DispatchInteractionAsync(interaction.ToJsonString());

        // Deferred on receipt, since the file is downloaded first; the answer then edits the deferral.
        var callback = await _discord.Requests.WaitForAsync(r => r.Path.EndsWith("/callback", StringComparison.Ordinal), Bound);
        var edit = await _discord.Requests.WaitForAsync(r => r.Method == "PATCH" && r.Path.EndsWith("/messages/@original", StringComparison.Ordinal), Bound);
        Assert.Equal(5, callback.JsonBody.GetProperty("type").GetInt32());
        // Seed 000 is loaded here already, so seed 001 is shown as a replacement to confirm.
        Assert.StartsWith("**Replacing the roadmap changes:**", edit.JsonBody.GetProperty("content").GetString());
    }

    [Fact]
    public async Task Review_AnswersWithAModalCallback()
    {
        await _discord.DispatchInteractionAsync(FakeInteractions.SlashCommand("review"));

        var callback = await _discord.Requests.WaitForAsync(r => r.Path.EndsWith("/callback", StringComparison.Ordinal), Bound);
        Assert.Equal(9, callback.JsonBody.GetProperty("type").GetInt32());
        Assert.Equal("rb:review:0", callback.JsonBody.GetProperty("data").GetProperty("custom_id").GetString());
    }

    [Fact]
    public async Task ButtonPress_RunsItsCommand_AndAForgedOneIsRefused()
    {
        await _discord.DispatchInteractionAsync(FakeInteractions.ButtonPress("rb:/done t3"));
        var done = await _discord.Requests.WaitForAsync(r => r.Path.EndsWith("/callback", StringComparison.Ordinal), Bound);
        await _discord.DispatchInteractionAsync(FakeInteractions.ButtonPress("rb:/forget me now\n"));
        var forged = await _discord.Requests.WaitForAsync(r => r.Path.EndsWith("/callback", StringComparison.Ordinal) && r != done, Bound);

        Assert.Contains("t3", done.JsonBody.GetProperty("data").GetProperty("content").GetString());
        Assert.Equal("That button is not one of mine.", forged.JsonBody.GetProperty("data").GetProperty("content").GetString());
    }

    [Fact]
    public async Task ButtonOnAnEphemeralMessage_UpdatesItAndClearsItsButtons()
    {
        await _discord.DispatchInteractionAsync(FakeInteractions.ButtonPress("rb:/done t3", onEphemeral: true));

        var callback = await _discord.Requests.WaitForAsync(r => r.Path.EndsWith("/callback", StringComparison.Ordinal), Bound);
        Assert.Equal(7, callback.JsonBody.GetProperty("type").GetInt32());
        var data = callback.JsonBody.GetProperty("data");
        Assert.Contains("t3", data.GetProperty("content").GetString());
        Assert.Equal(0, data.GetProperty("components").GetArrayLength());
    }

    [Fact]
    public async Task Progress_OffersReplan_ThePreviewsShiftButtonMovesTheMembersOwnDates()
    {
        await _discord.DispatchInteractionAsync(FakeInteractions.SlashCommand("progress"));
        var replan = Assert.Single(CustomIds(await NextReplyAsync("**Your progress**")), id => id.EndsWith("/replan", StringComparison.Ordinal));

        await _discord.DispatchInteractionAsync(FakeInteractions.ButtonPress(replan));
        var shift = Assert.Single(CustomIds(await NextReplyAsync(@"**Re\-plan**")), id => id.EndsWith("/replan shift", StringComparison.Ordinal));

        await _discord.DispatchInteractionAsync(FakeInteractions.ButtonPress(shift));
        await NextReplyAsync(@"Re\-planned:");
        await using var db = _rig.Db();
        Assert.True(await db.PlanShifts.AnyAsync(s => s.ItemKey == "t1" && s.Days > 0, TestContext.Current.CancellationToken));
    }

    private Task<JsonElement> NextReplyAsync(string startsWith) => ReplyMessages.NextAsync(_discord, startsWith, Bound);

    private static List<string> CustomIds(JsonElement data) => ReplyMessages.CustomIds(data);
}
