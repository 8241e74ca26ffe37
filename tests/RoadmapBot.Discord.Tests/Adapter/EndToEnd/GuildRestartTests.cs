using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Commands;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Scheduling;
using RoadmapBot.Discord.Tests.Fakes;

namespace RoadmapBot.Discord.Tests.Adapter.EndToEnd;

/// <summary>
/// A server's life across a restart, through the fake Discord: READY lists the servers the bot is in now, so one it was removed
/// from while offline is gone (no reminders in its channels) and one it was added back to while offline resumes.
/// </summary>
public sealed class GuildRestartTests : IAsyncLifetime
{
    private const ulong OtherGuild = FakeInteractions.GuildId + 100;
    private const ulong OtherChannel = FakeInteractions.ChannelId + 100;
    private static readonly Dictionary<ulong, ulong[]> Servers = new()
    {
        [FakeInteractions.GuildId] = [FakeInteractions.ChannelId, FakeInteractions.ChannelId + 10],
        [OtherGuild] = [OtherChannel],
    };
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);
    private FakeDiscord _discord = null!;
    private DiscordHostRig _rig = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _discord = await FakeDiscord.StartAsync();
        _discord.Guilds.AddRange(Servers.Select(s => (s.Key, s.Value)));
        _rig = await DiscordHostRig.StartAsync(_discord);
        await _rig.ImportAsync("000");
        await _rig.Host.Services.GetRequiredService<ChatEngine>().HandleAsync(
            new ChatMessage(ChatPlatform.Discord, Id(OtherChannel), IsGroup: true, Id(FakeInteractions.UserId), "Ada", "/start"), Ct);
        await _discord.WaitForIdentifyAsync(timeout: Bound);
    }

    public async ValueTask DisposeAsync()
    {
        await _rig.DisposeAsync();
        await _discord.DisposeAsync();
    }

    [Fact]
    public async Task RemovedWhileOffline_NoRemindersThere_AddedBackWhileOffline_TheyResume()
    {
        Assert.False(await AbsentAsync(FakeInteractions.ChannelId));

        await RestartAsync(OtherGuild);
        await WaitUntilAsync(FakeInteractions.ChannelId, absent: true);

        await RestartAsync(FakeInteractions.GuildId, OtherGuild);
        await WaitUntilAsync(FakeInteractions.ChannelId, absent: false);
    }

    [Fact]
    public async Task AnotherServerRemovedWhileOffline_LeavesThisOnesReminders()
    {
        await RestartAsync(FakeInteractions.GuildId);

        // The other server's channel is the marker: READY's list is settled once it is gone, and this one is decided with it.
        await WaitUntilAsync(OtherChannel, absent: true);
        Assert.False(await AbsentAsync(FakeInteractions.ChannelId));
    }

    /// <summary>Stops the bot, lets Discord's list of its servers become <paramref name="servers"/>, and starts it on the same database.</summary>
    private async Task RestartAsync(params ulong[] servers)
    {
        await _rig.StopAsync();
        _discord.Guilds.Clear();
        _discord.Guilds.AddRange(servers.Select(g => (g, Servers[g])));
        _rig = await DiscordHostRig.StartAsync(_discord, restartOf: _rig);
    }

    private async Task<bool> AbsentAsync(ulong channel)
    {
        await using var db = await _rig.Host.Services.GetRequiredService<IDbContextFactory<RoadmapDbContext>>().CreateDbContextAsync(Ct);
        var space = await db.Spaces.AsNoTracking().SingleAsync(s => s.ExternalId == Id(channel), Ct);
        return SpaceReminderSettings.Parse(space.Settings).BotAbsent;
    }

    private async Task WaitUntilAsync(ulong channel, bool absent)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(Bound);
        while (await AbsentAsync(channel) != absent)
            await Task.Delay(20, timeout.Token);
    }

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);
}
