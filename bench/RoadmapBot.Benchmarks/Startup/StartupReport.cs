namespace RoadmapBot.Benchmarks.Startup;

/// <summary>Medians per program, and issue 20's goals as ratios to the floors measured in the same run.</summary>
internal sealed class StartupReport
{
    public const string ConsoleRun = "run (console, existing database) to the prompt";
    public const string PlatformsRun = "run (Telegram + Discord on fakes) to /readyz 200";
    public const string BareHost = "bare ASP.NET Core host to /readyz 200";
    public const string Dependencies = "bare host with EF Core (SQLite) and Quartz to /readyz 200";
    public const string ImportSeed = "import seeds/000 --json, whole process";
    public const string ImportOneMegabyte = "import 1 MB roadmap --json, whole process";
    public const string Hello = "bare dotnet hello, whole process";

    private readonly Dictionary<string, List<double>> _times = [];
    private readonly Dictionary<string, List<double>> _memory = [];

    public void Add(string name, TimeSpan elapsed) => Of(_times, name).Add(elapsed.TotalMilliseconds);

    public void AddMemory(string name, long bytes) => Of(_memory, name).Add(bytes / 1024.0 / 1024.0);

    private IEnumerable<(string What, double Ratio, double Goal)> Goals()
    {
        if (Ratio(_times, ConsoleRun, BareHost) is { } console) yield return ("start to the prompt / bare host start", console, 3);
        if (Ratio(_times, ImportSeed, Hello) is { } import) yield return ("import seed 000 / hello", import, 4);
        if (Ratio(_memory, PlatformsRun, BareHost) is { } idle) yield return ("idle working set, Telegram + Discord / bare host", idle, 1.5);
    }

    public bool GoalsMet => Goals().All(g => g.Ratio <= g.Goal);

    public void Print(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("| program | median ms | min | max | runs |");
        output.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var (name, values) in _times)
            output.WriteLine($"| {name} | {Median(values):N0} | {values.Min():N0} | {values.Max():N0} | {values.Count} |");
        output.WriteLine();
        output.WriteLine("| program, idle | median working set MB | min | max | runs |");
        output.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var (name, values) in _memory)
            output.WriteLine($"| {name} | {Median(values):N1} | {values.Min():N1} | {values.Max():N1} | {values.Count} |");
        output.WriteLine();
        output.WriteLine("| goal | ratio of medians | at most | |");
        output.WriteLine("|---|---:|---:|---|");
        foreach (var (what, ratio, goal) in Goals())
            output.WriteLine($"| {what} | {ratio:N2} | {goal:N1} | {(ratio <= goal ? "met" : "**not met**")} |");
        if (Ratio(_memory, ConsoleRun, BareHost) is { } console)
            output.WriteLine($"| idle working set, console run / bare host (not a goal) | {console:N2} | | |");
        if (Ratio(_memory, Dependencies, BareHost) is { } dependencies)
            output.WriteLine($"| idle working set, EF Core and Quartz alone / bare host (not a goal: what they cost before our code) | {dependencies:N2} | | |");
    }

    private static double? Ratio(Dictionary<string, List<double>> values, string what, string floor) =>
        values.TryGetValue(what, out var a) && values.TryGetValue(floor, out var b) ? Median(a) / Median(b) : null;

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static List<double> Of(Dictionary<string, List<double>> values, string name) =>
        values.TryGetValue(name, out var list) ? list : values[name] = [];
}
