using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoadmapBot.Core;
using RoadmapBot.Host.Cli;
using RoadmapBot.Host.Startup;
using RoadmapBot.Tests;

namespace RoadmapBot.Host.Tests.Startup;

/// <summary>How a run ends is its exit code: a supervisor restarting on failure must never see a failed bot exit 0.</summary>
public sealed class HostRunTests : IDisposable
{
    private readonly TempDatabase _db = new();
    private readonly CapturedLogs _logs = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task ABackgroundServiceThatFails_StopsTheBotWithExitCodeOne_AndSaysWhichOnce()
    {
        var code = await HostRun.RunAsync(() => Build(sp => new Failing()), new CliArguments(), TextWriter.Null);

        Assert.Equal(HostRun.ServiceFailedExitCode, code);
        var entry = Assert.Single(_logs.Lines, l => l.Level == LogLevel.Critical && l.Line.Contains(typeof(HostRun).Namespace!, StringComparison.Ordinal));
        Assert.Contains("Failing failed and stopped the bot", entry.Line, StringComparison.Ordinal);
        Assert.Contains("the bug", entry.Line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABotStoppedOnPurpose_ExitsZero()
    {
        var code = await HostRun.RunAsync(() => Build(sp => new Stopping(sp.GetRequiredService<IHostApplicationLifetime>())), new CliArguments(), TextWriter.Null);

        Assert.Equal(0, code);
        Assert.DoesNotContain(_logs.Lines, l => l.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task ASettingRefusedWhileBuilding_IsOneLinePerProblemAndExitCodeTwo_NotATrace()
    {
        var error = new StringWriter();

        var code = await HostRun.RunAsync(() => throw new OptionsValidationException("Telegram", typeof(object), ["Token: bad token", "WebhookSecret: bad secret"]),
            new CliArguments(), error);

        Assert.Equal(HostRun.StartupFailedExitCode, code);
        Assert.Equal(["error: configuration: Token: bad token", "error: configuration: WebhookSecret: bad secret"],
            error.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    private IHost Build(Func<IServiceProvider, BackgroundService> service)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders().AddProvider(_logs);
        builder.Services.AddRoadmapCore(o => (o.Database, o.DefaultTimeZone) = (_db.Path, "Europe/Berlin"));
        builder.Services.AddSingleton<IHostedService>(service);
        return builder.Build();
    }

    private sealed class Failing : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            await Task.Yield();
            throw new InvalidOperationException("the bug");
        }
    }

    private sealed class Stopping(IHostApplicationLifetime lifetime) : BackgroundService
    {
        protected override Task ExecuteAsync(CancellationToken stoppingToken)
        {
            lifetime.ApplicationStarted.Register(lifetime.StopApplication);
            return Task.CompletedTask;
        }
    }
}
