using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RoadmapBot.Discord.Tests.Adapter.Fakes;
using RoadmapBot.Discord.Tests.Fakes;

namespace RoadmapBot.Discord.Tests.Adapter.EndToEnd;

/// <summary>Re-plan in one tap on Discord: seed 000's dates are past, so /progress offers a Re-plan button, made for the member.</summary>
public sealed class ReplanEndToEndTests : IAsyncLifetime
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

    // The reply's message: in an interaction callback's data, or in a deferred answer's webhook edit.
    private async Task<JsonElement> NextReplyAsync(string startsWith)
    {
        var request = await _discord.Requests.WaitForAsync(r => Message(r) is { } m && Content(m).StartsWith(startsWith, StringComparison.Ordinal), Bound);
        return Message(request)!.Value;
    }

    private static JsonElement? Message(RecordedRequest r)
    {
        if (r.Json is null || (!r.Path.EndsWith("/callback", StringComparison.Ordinal) && !r.Path.Contains("/webhooks/", StringComparison.Ordinal)))
            return null;
        var body = r.JsonBody;
        var message = body.TryGetProperty("data", out var data) ? data : body;
        return message.ValueKind == JsonValueKind.Object && message.TryGetProperty("content", out _) ? message : null;
    }

    private static string Content(JsonElement data) => data.GetProperty("content").GetString()!;

    private static List<string> CustomIds(JsonElement data) =>
        data.TryGetProperty("components", out var rows)
            ? rows.EnumerateArray().SelectMany(r => r.GetProperty("components").EnumerateArray()).Select(c => c.GetProperty("custom_id").GetString()!).ToList()
            : [];
}
