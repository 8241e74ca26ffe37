using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RoadmapBot.Core.Groups;
using RoadmapBot.Core.Scheduling;
using RoadmapBot.Discord.Client.Models;
using RoadmapBot.Discord.Gateway;
using RoadmapBot.Discord.Tests.Adapter.Fakes;
using Fake = RoadmapBot.Discord.Tests.Adapter.Fakes.Interactions;

namespace RoadmapBot.Discord.Tests.Adapter.Gateway;

/// <summary>Discord's side of a group's life: the bot removed from a server (GUILD_DELETE) and added back (GUILD_CREATE).</summary>
public sealed class GuildLifeTests : IAsyncLifetime
{
    private DiscordAdapterRig _rig = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _rig = await DiscordAdapterRig.CreateAsync();
        await _rig.HandleAsync(Fake.Command("help"));
        await Guilds.HandleAsync(new GuildEvent(Fake.Guild, Present: true, Unavailable: false, [Fake.Channel, 900]), Ct);
    }

    public async ValueTask DisposeAsync() => await _rig.DisposeAsync();

    private DiscordGuilds Guilds => _rig.Host.Services.GetRequiredService<DiscordGuilds>();

    private async Task<bool> AbsentAsync()
    {
        await using var db = _rig.Db();
        return SpaceReminderSettings.Parse((await db.Spaces.SingleAsync(Ct)).Settings).BotAbsent;
    }

    [Fact]
    public async Task BotRemovedFromTheServer_NoRemindersInItsChannels_AddedBack_TheyResume()
    {
        await Guilds.HandleAsync(new GuildEvent(Fake.Guild, Present: false, Unavailable: false, []), Ct);
        Assert.True(await AbsentAsync());

        await Guilds.HandleAsync(new GuildEvent(Fake.Guild, Present: true, Unavailable: false, [Fake.Channel]), Ct);
        Assert.False(await AbsentAsync());
    }

    [Fact]
    public async Task ServerUnavailableInAnOutage_KeepsItsReminders()
    {
        await Guilds.HandleAsync(new GuildEvent(Fake.Guild, Present: false, Unavailable: true, []), Ct);

        Assert.False(await AbsentAsync());
    }

    [Fact]
    public async Task AnotherServerRemoved_LeavesThisOneAlone()
    {
        await Guilds.HandleAsync(new GuildEvent(Fake.Guild + 1, Present: true, Unavailable: false, [901]), Ct);
        await Guilds.HandleAsync(new GuildEvent(Fake.Guild + 1, Present: false, Unavailable: false, []), Ct);

        Assert.False(await AbsentAsync());
    }

    [Fact]
    public async Task ServerListedAtConnect_StillUnavailable_DecidesNothing_OnceItCame_AnUnlistedServersChannelIsGone()
    {
        var restarted = new DiscordGuilds(_rig.Host.Services.GetRequiredService<GroupLife>(), _rig.Host.Services.GetRequiredService<ILogger<DiscordGuilds>>());

        await restarted.HandleAsync(GuildEvent.Ready([Fake.Guild + 1]), Ct);
        Assert.False(await AbsentAsync());

        await restarted.HandleAsync(new GuildEvent(Fake.Guild + 1, Present: true, Unavailable: false, [901]), Ct);
        Assert.True(await AbsentAsync());
    }
}
