using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RoadmapBot.Discord.Client.Models;
using RoadmapBot.Discord.Client.Rest;
using RoadmapBot.Discord.Gateway;
using RoadmapBot.Discord.Tests.Adapter.Fakes;
using static RoadmapBot.Discord.Tests.Adapter.Fakes.Interactions;

namespace RoadmapBot.Discord.Tests.Adapter.Gateway;

/// <summary>The event loop as the host runs it: commands registered at start, interactions handled, fatal closes stop the app.</summary>
[Collection(nameof(ExitCode))]
public sealed class DiscordBotServiceTests : IAsyncLifetime
{
    private DiscordAdapterRig _rig = null!;

    public async ValueTask InitializeAsync() => _rig = await DiscordAdapterRig.CreateAsync();

    public async ValueTask DisposeAsync()
    {
        await _rig.DisposeAsync();
        Environment.ExitCode = 0;
    }

    [Fact]
    public async Task Start_RegistersTheCommands_AndAnswersInteractions_EvenAfterOneThatFails()
    {
        await _rig.Host.StartAsync(TestContext.Current.CancellationToken);
        var broken = new FakeInteractionReplies(Command("done", ("key", "t1")) with { User = null! });
        var fine = new FakeInteractionReplies(Command("help"));

        _rig.Gateway.Push(broken);
        _rig.Gateway.Push(fine);
        await fine.Answered.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        Assert.Equal(SlashCommandsCount(), _rig.Rest.Registered.Count);
        Assert.Contains("/today", fine.Text);
        await broken.Answered.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        Assert.Equal("Something went wrong on my side, sorry. Please try again in a moment.", broken.Messages.Single().Content!.Replace("\\", ""));
        Assert.DoesNotContain("   at ", broken.Text);
    }

    [Fact]
    public async Task GatewayClosedWith4004_StopsTheAppWithOneLineAndNoToken()
    {
        var stopped = Stopping();
        await _rig.Host.StartAsync(TestContext.Current.CancellationToken);

        _rig.Gateway.Close(4004);
        await stopped.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        Assert.Equal(DiscordBotService.RejectedExitCode, Environment.ExitCode);
        Assert.Single(_rig.Logs.Lines, l => l.Line.Contains("Discord rejected the bot token"));
        Assert.DoesNotContain(DiscordAdapterRig.Token, _rig.Logs.All);
    }

    [Fact]
    public async Task RegistrationAnswered401_StopsTheApp()
    {
        _rig.Rest.Fail(nameof(IDiscordRest.GetGlobalCommandsAsync), new DiscordApiException(401, 0, "401: Unauthorized"));
        var stopped = Stopping();

        await _rig.Host.StartAsync(TestContext.Current.CancellationToken);
        await stopped.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        Assert.Equal(DiscordBotService.RejectedExitCode, Environment.ExitCode);
        Assert.Single(_rig.Logs.Lines, l => l.Line.Contains("Discord rejected the bot token"));
    }

    /// <summary>Completes when the adapter asks the host to stop.</summary>
    private Task Stopping()
    {
        var stopping = new TaskCompletionSource();
        _rig.Host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(() => stopping.TrySetResult());
        return stopping.Task;
    }

    private static int SlashCommandsCount() => RoadmapBot.Discord.Commands.SlashCommands.All.Count;
}

/// <summary>Tests that set the process exit code run one at a time.</summary>
[CollectionDefinition(nameof(ExitCode))]
public sealed class ExitCode;
