using Microsoft.Extensions.DependencyInjection;
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
        var time = new FakeTimeProvider();
        var lifetime = new FakeLifetime();
        var collections = 0;
        var release = new StartupGarbageRelease(lifetime, time, () => collections++);
        await release.StartAsync(TestContext.Current.CancellationToken);

        time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, collections);  // not while the host is still starting

        lifetime.Start();
        time.Advance(StartupGarbageRelease.Settle - TimeSpan.FromMilliseconds(1));
        Assert.Equal(0, collections);  // adapters connect in the first seconds: their garbage comes first
        time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, collections);
        time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, collections);
        await release.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Stopped_BeforeItSettled_NeverCollects()
    {
        var time = new FakeTimeProvider();
        var lifetime = new FakeLifetime();
        var collections = 0;
        var release = new StartupGarbageRelease(lifetime, time, () => collections++);
        await release.StartAsync(TestContext.Current.CancellationToken);
        lifetime.Start();

        await release.StopAsync(TestContext.Current.CancellationToken);
        time.Advance(StartupGarbageRelease.Settle);

        Assert.Equal(0, collections);
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
