using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using RoadmapBot.Host.Cli;
using RoadmapBot.Host.Startup;

namespace RoadmapBot.Host.Tests.Startup;

/// <summary>One compacting collection once the bot has started and settled: start-up's garbage is not kept while it idles (issue 20).</summary>
public sealed class StartupGarbageReleaseTests
{
    [Fact]
    public async Task Collects_OnceWhenTheHostHasStartedAndSettled()
    {
        var rig = await Rig.StartAsync();

        rig.Time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, rig.Collections);  // not while the host is still starting

        rig.Lifetime.Start();
        rig.Time.Advance(StartupGarbageRelease.Settle - TimeSpan.FromMilliseconds(1));
        Assert.Equal(0, rig.Collections);  // adapters connect in the first seconds: their garbage comes first
        rig.Time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, rig.Collections);
        rig.Time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, rig.Collections);
        await rig.Release.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Stopped_BeforeItSettled_NeverCollects()
    {
        var rig = await Rig.StartAsync();
        rig.Lifetime.Start();

        await rig.Release.StopAsync(TestContext.Current.CancellationToken);
        rig.Time.Advance(StartupGarbageRelease.Settle);

        Assert.Equal(0, rig.Collections);
    }

    [Theory]
    [InlineData("run", true)]
    [InlineData("chat", false)]
    public void Run_IsTheVerbThatReleasesStartupGarbage(string verb, bool released)
    {
        var cli = CliArguments.Parse([verb, "--db", Path.Combine(Path.GetTempPath(), $"gc-{Guid.NewGuid():N}.db")]).Arguments!;
        var builder = AdapterChoice.Compose(Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings()), cli);

        Assert.Equal(released, builder.Services.Any(d => d.ServiceType == typeof(IHostedService) && d.ImplementationFactory?.Method.ReturnType == typeof(StartupGarbageRelease)
            || d.ImplementationType == typeof(StartupGarbageRelease)));
    }

    /// <summary>The service started on a fake clock and lifetime, counting the collections it asks for.</summary>
    private sealed class Rig
    {
        public FakeTimeProvider Time { get; } = new();
        public FakeLifetime Lifetime { get; } = new();
        public int Collections { get; private set; }
        public StartupGarbageRelease Release { get; }

        private Rig() => Release = new StartupGarbageRelease(Lifetime, Time, () => Collections++);

        public static async Task<Rig> StartAsync()
        {
            var rig = new Rig();
            await rig.Release.StartAsync(TestContext.Current.CancellationToken);
            return rig;
        }
    }

    private sealed class FakeLifetime : IHostApplicationLifetime
    {
        private readonly CancellationTokenSource _started = new();

        public CancellationToken ApplicationStarted => _started.Token;
        public CancellationToken ApplicationStopping => CancellationToken.None;
        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void Start() => _started.Cancel();

        public void StopApplication()
        {
        }
    }
}
