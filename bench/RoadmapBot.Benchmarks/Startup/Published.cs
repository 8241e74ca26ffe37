using System.Diagnostics;
using System.Text.RegularExpressions;

namespace RoadmapBot.Benchmarks.Startup;

/// <summary>
/// The programs the start-up harness runs, each published as the Dockerfile publishes the bot (its own <c>dotnet publish</c>
/// line, read from the Dockerfile) with the Dockerfile's ENV: the real program, a bare ASP.NET Core host and a bare console hello.
/// </summary>
internal sealed partial record Published(string Root, string Bot, string BareHost, string Hello, IReadOnlyDictionary<string, string> Environment)
{
    /// <param name="kept">A folder to publish into and keep; when it already holds the programs they are used as they are.</param>
    public static async Task<Published> BuildAsync(string repository, TextWriter log, string? kept = null)
    {
        var root = kept ?? Path.Combine(Path.GetTempPath(), $"roadmapbot-startup-{System.Environment.ProcessId}");
        var dockerfile = await File.ReadAllTextAsync(Path.Combine(repository, "Dockerfile"));
        if (kept is not null && File.Exists(Path.Combine(root, "hello", "hello.dll")))
        {
            log.WriteLine($"// programs as published before in {root}");
            return new Published(root, Path.Combine(root, "bot", "roadmapbot.dll"), Path.Combine(root, "barehost", "barehost.dll"),
                Path.Combine(root, "hello", "hello.dll"), EnvironmentOf(dockerfile)) { Kept = true };
        }
        Directory.CreateDirectory(root);
        var publish = PublishLine().Match(dockerfile) is { Success: true } m ? m.Groups["args"].Value.Trim()
            : throw new InvalidOperationException("The Dockerfile has no 'RUN dotnet publish … -o /app' line.");
        var flags = publish.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        log.WriteLine($"// Dockerfile: dotnet publish {publish} -o <dir>");
        var bot = Path.Combine(root, "bot");
        await PublishAsync(repository, [.. flags, "-o", bot], log);
        var bareHost = await FloorAsync(root, "barehost", "Microsoft.NET.Sdk.Web", BareHostSource, flags.Skip(1), log);
        var hello = await FloorAsync(root, "hello", "Microsoft.NET.Sdk", HelloSource, flags.Skip(1), log);
        return new Published(root, Path.Combine(bot, "roadmapbot.dll"), bareHost, hello, EnvironmentOf(dockerfile)) { Kept = kept is not null };
    }

    private bool Kept { get; init; }

    public void Delete()
    {
        if (!Kept)
            Directory.Delete(Root, recursive: true);
    }

    // The ENV lines of the final stage, "KEY=VALUE" pairs joined by backslash-newlines.
    private static Dictionary<string, string> EnvironmentOf(string dockerfile)
    {
        var text = dockerfile.Replace("\\\n", " ", StringComparison.Ordinal);
        return EnvLine().Matches(text).SelectMany(m => m.Groups["pairs"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
    }

    // A floor program: its own tiny project outside the repository (no Directory.Build.props), published with the same flags.
    private static async Task<string> FloorAsync(string root, string name, string sdk, string source, IEnumerable<string> flags, TextWriter log)
    {
        var folder = Path.Combine(root, name + "-src");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, name + ".csproj"), $"""
            <Project Sdk="{sdk}">
              <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings></PropertyGroup>
            </Project>
            """);
        await File.WriteAllTextAsync(Path.Combine(folder, "Program.cs"), source);
        var output = Path.Combine(root, name);
        await PublishAsync(folder, [Path.Combine(folder, name + ".csproj"), .. flags, "-o", output], log);
        return Path.Combine(output, name + ".dll");
    }

    private static async Task PublishAsync(string workingDirectory, string[] arguments, TextWriter log)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["publish", .. arguments, "-nologo", "-v", "q"])
            info.ArgumentList.Add(argument);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"dotnet {string.Join(' ', info.ArgumentList)} failed:\n{await output}{await error}");
        log.WriteLine($"// published {arguments[^1]} in {clock.Elapsed.TotalSeconds:N1} s");
    }

    // The floor for start-up and idle memory: ASP.NET Core's own template host, answering /readyz.
    private const string BareHostSource = """
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet("/readyz", () => "ok");
        app.Run();
        """;

    // The floor for a one-shot command: the runtime started, one line written, exit.
    private const string HelloSource = """Console.WriteLine("hello");""";

    [GeneratedRegex(@"^RUN dotnet publish (?<args>.+?) -o /app\s*$", RegexOptions.Multiline)]
    private static partial Regex PublishLine();

    [GeneratedRegex(@"^ENV (?<pairs>[^\n]+)$", RegexOptions.Multiline)]
    private static partial Regex EnvLine();
}
