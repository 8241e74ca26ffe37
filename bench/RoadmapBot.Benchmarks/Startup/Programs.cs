namespace RoadmapBot.Benchmarks.Startup;

/// <summary>A started program and what "ready" means for it.</summary>
internal sealed class Started(Probe probe, Func<Probe, TimeSpan, Task<TimeSpan>> ready) : IAsyncDisposable
{
    public Probe Probe => probe;

    public Task<TimeSpan> Ready(TimeSpan timeout) => ready(probe, timeout);

    public ValueTask DisposeAsync() => probe.DisposeAsync();
}

/// <summary>How each program of the harness is started: the Dockerfile's environment, a database and a port of its own.</summary>
internal sealed class Programs(Published published, string repository, IReadOnlyDictionary<string, string> extra,
    IReadOnlyDictionary<string, string> platformSettings)
{
    /// <summary>What the console chat writes when it waits for a line.</summary>
    public const string Prompt = "> ";

    private readonly string _data = Directory.CreateDirectory(Path.Combine(published.Root, "data")).FullName;

    /// <summary>The programs timed to ready, by report name.</summary>
    public IEnumerable<(string Name, Func<Started> Start)> ToReady() =>
    [
        (StartupReport.ConsoleRun, Console),
        (StartupReport.PlatformsRun, PlatformsRun),
        (StartupReport.BareHost, BareHost),
        (StartupReport.Dependencies, Dependencies),
    ];

    /// <summary><c>run</c> with no platform token: the console chat on the existing database, ready at its prompt.</summary>
    public Started Console()
    {
        var (environment, _) = Environment(platforms: false);
        return new(Probe.Start(published.Bot, ["run"], environment, repository), (p, t) => p.UntilOutputAsync(Prompt, t));
    }

    /// <summary><c>run</c> with Telegram and Discord on the fakes: ready when /readyz (database, scheduler, each platform) answers 200.</summary>
    public Started PlatformsRun()
    {
        var (environment, url) = Environment(platforms: true);
        return new(Probe.Start(published.Bot, ["run"], environment, repository), (p, t) => p.UntilOkAsync(url + "/readyz", t));
    }

    public Started BareHost()
    {
        var (environment, url) = Environment(platforms: false);
        environment["ASPNETCORE_URLS"] = url;
        return new(Probe.Start(published.BareHost, [], environment, repository), (p, t) => p.UntilOkAsync(url + "/readyz", t));
    }

    /// <summary>The bare host with EF Core and Quartz doing the least the bot does with them (<see cref="FloorSources.Dependencies"/>).</summary>
    public Started Dependencies()
    {
        var (environment, url) = Environment(platforms: false);
        environment["ASPNETCORE_URLS"] = url;
        environment[FloorSources.DatabaseVariable] = Path.Combine(_data, "dependencies.db");
        return new(Probe.Start(published.Dependencies, [], environment, repository), (p, t) => p.UntilOkAsync(url + "/readyz", t));
    }

    public Probe Bot(string[] arguments) => Probe.Start(published.Bot, arguments, Environment(platforms: false).Variables, repository);

    public Probe Hello() => Probe.Start(published.Hello, [], Environment(platforms: false).Variables, repository);

    // The Dockerfile's ENV with its paths made local: the database in the harness's folder, HTTP on a free loopback port.
    private (Dictionary<string, string> Variables, string Url) Environment(bool platforms)
    {
        var url = $"http://127.0.0.1:{StartupCommand.FreePort()}";
        var variables = new Dictionary<string, string>(published.Environment)
        {
            ["RoadmapBot__Database"] = Path.Combine(_data, Path.GetFileName(published.Environment.GetValueOrDefault("RoadmapBot__Database", "roadmapbot.db"))),
            ["RoadmapBot__Http__Urls"] = url,
            ["DOTNET_RUNNING_IN_CONTAINER"] = "true",  // set by the aspnet base image
        };
        foreach (var (name, value) in (platforms ? platformSettings : new Dictionary<string, string>()).Concat(extra))
            variables[name] = value;
        return (variables, url);
    }
}
