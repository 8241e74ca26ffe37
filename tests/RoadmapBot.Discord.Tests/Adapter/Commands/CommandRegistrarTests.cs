using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RoadmapBot.Discord.Commands;
using RoadmapBot.Discord.Tests.Adapter.Fakes;

namespace RoadmapBot.Discord.Tests.Adapter.Commands;

public sealed class CommandRegistrarTests
{
    private readonly FakeDiscordRest _rest = new();
    private readonly CommandRegistrar _registrar;

    public CommandRegistrarTests() => _registrar = new CommandRegistrar(_rest,
        Options.Create(new DiscordOptions { Token = DiscordAdapterRig.Token, ApplicationId = "900" }), NullLogger<CommandRegistrar>.Instance);

    [Fact]
    public async Task FirstStart_OverwritesOnce_ThenNothingWhileTheSetIsTheSame()
    {
        var first = await _registrar.SyncAsync(TestContext.Current.CancellationToken);
        var second = await _registrar.SyncAsync(TestContext.Current.CancellationToken);

        Assert.True(first);
        Assert.False(second);
        Assert.Equal(1, _rest.Overwrites);
        Assert.Equal(SlashCommands.All.Count, _rest.Registered.Count);
    }

    [Fact]
    public async Task ChangedSet_IsOverwrittenAgain()
    {
        await _registrar.SyncAsync(TestContext.Current.CancellationToken);
        _rest.Registered[0] = _rest.Registered[0] with { Description = "an older text" };

        await _registrar.SyncAsync(TestContext.Current.CancellationToken);

        Assert.Equal(2, _rest.Overwrites);
    }

    [Fact]
    public async Task SameSetInAnotherOrder_IsNotOverwritten()
    {
        await _registrar.SyncAsync(TestContext.Current.CancellationToken);
        _rest.Registered.Reverse();

        await _registrar.SyncAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1, _rest.Overwrites);
    }
}
