using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RoadmapBot.Discord.Client.Rest;
using RoadmapBot.Discord.Commands;
using RoadmapBot.Discord.Tests.Adapter.Fakes;

namespace RoadmapBot.Discord.Tests.Adapter.Commands;

public sealed class CommandRegistrarTests
{
    private readonly FakeDiscordRest _rest = new();
    private readonly CommandRegistrar _registrar;

    private readonly FakeTimeProvider _time = new();

    public CommandRegistrarTests() => _registrar = new CommandRegistrar(_rest,
        Options.Create(new DiscordOptions { Token = DiscordAdapterRig.Token, ApplicationId = "900" }), _time, NullLogger<CommandRegistrar>.Instance);

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

    [Fact]
    public async Task RegistrationThatFailedAtStartUp_IsTriedAgainInTheBackground_WithAGrowingWait()
    {
        for (var i = 0; i < 2; i++)
            _rest.Fail(nameof(IDiscordRest.GetGlobalCommandsAsync), new DiscordApiException(500, 0, "500: Internal Server Error"));
        Assert.False(await _registrar.TrySyncAsync(CommandRegistrar.FirstRetry, TestContext.Current.CancellationToken));

        var retrying = _registrar.RetryUntilRegisteredAsync(TestContext.Current.CancellationToken);
        var waited = TimeSpan.Zero;
        for (var step = 0; step < 100 && !retrying.IsCompleted; step++)
        {
            await Task.WhenAny(retrying, Task.Delay(20, TestContext.Current.CancellationToken));
            if (retrying.IsCompleted) break;
            _time.Advance(TimeSpan.FromSeconds(5));
            waited += TimeSpan.FromSeconds(5);
        }
        await retrying;

        Assert.Equal(1, _rest.Overwrites);
        Assert.Equal(3, _rest.Calls(nameof(IDiscordRest.GetGlobalCommandsAsync)));
        Assert.InRange(waited, CommandRegistrar.FirstRetry * 3, CommandRegistrar.FirstRetry * 4);  // 30 s, then 60 s
    }

    [Fact]
    public async Task BackgroundRetry_EndsQuietlyWhenTheTokenIsRejected()
    {
        _rest.Fail(nameof(IDiscordRest.GetGlobalCommandsAsync), new DiscordApiException(401, 0, "401: Unauthorized"));

        var retrying = _registrar.RetryUntilRegisteredAsync(TestContext.Current.CancellationToken);
        _time.Advance(CommandRegistrar.FirstRetry);
        await retrying.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.Equal(0, _rest.Overwrites);
    }
}
