using RoadmapBot.Discord.Tests.Adapter.Fakes;
using RoadmapBot.Discord.Tests.Fakes;

namespace RoadmapBot.Discord.Tests.Adapter.EndToEnd;

/// <summary>/verify on Discord: the slash command's args reach the engine, which asks a fake GitHub.</summary>
public sealed class VerifyEndToEndTests : IAsyncLifetime
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);
    private FakeDiscord _discord = null!;
    private FakeGitHub _github = null!;
    private DiscordHostRig _rig = null!;

    public async ValueTask InitializeAsync()
    {
        _discord = await FakeDiscord.StartAsync();
        _github = await FakeGitHub.StartAsync();
        _rig = await DiscordHostRig.StartAsync(_discord, settings: new Dictionary<string, string?> { ["RoadmapBot:GitHub:ApiUrl"] = _github.ApiUrl });
        await _rig.ImportAsync("000");
        await _discord.WaitForIdentifyAsync(timeout: Bound);
    }

    public async ValueTask DisposeAsync()
    {
        await _rig.DisposeAsync();
        await _github.DisposeAsync();
        await _discord.DisposeAsync();
    }

    [Fact]
    public async Task Verify_AsksGitHub_AndAnswersWithTodaysCommits()
    {
        _github.Push("ada", DateTimeOffset.UtcNow.AddMinutes(-1), size: 3);

        await _discord.DispatchInteractionAsync(FakeInteractions.SlashCommand("verify", [("args", 3, "commits github ada")]));

        var callback = await _discord.Requests.WaitForAsync(r => r.Path.EndsWith("/callback", StringComparison.Ordinal), Bound);
        var content = callback.JsonBody.GetProperty("data").GetProperty("content").GetString();
        Assert.Contains("checks itself from GitHub account “ada”", content);
        Assert.Contains("Today so far: 3 commits.", content);
        Assert.Equal("ada", Assert.Single(_github.Requests).Account);
    }
}
