using System.Diagnostics;
using System.Text.RegularExpressions;

namespace RoadmapBot.Benchmarks.Startup;

/// <summary>
/// The programs the start-up harness runs, each published as the Dockerfile publishes the bot (its own <c>dotnet publish</c>
/// line, read from the Dockerfile) with the Dockerfile's ENV: the real program, a bare ASP.NET Core host and a bare console hello.
/// </summary>
internal sealed partial record Published(
    string Root, string Bot, string BareHost, string Dependencies, string Hello, IReadOnlyDictionary<string, string> Environment)
{
    /// <param name="kept">A folder to publish into and keep; the programs it already holds are used as they are.</param>
    public static async Task<Published> BuildAsync(string repository, TextWriter log, string? kept = null)
    {
        var root = kept ?? Path.Combine(Path.GetTempPath(), $"roadmapbot-startup-{System.Environment.ProcessId}");
        var dockerfile = await File.ReadAllTextAsync(Path.Combine(repository, "Dockerfile"));
        var publish = PublishLine().Match(dockerfile) is { Success: true } m ? m.Groups["args"].Value.Trim()
            : throw new InvalidOperationException("The Dockerfile has no 'RUN dotnet publish … -o /app' line.");
        var flags = publish.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var floorFlags = flags[1..];  // the Dockerfile's, without its project
        Directory.CreateDirectory(root);
        if (kept is not null)
            log.WriteLine($"// programs published before in {root} are used as they are");
        log.WriteLine($"// Dockerfile: dotnet publish {publish} -o <dir>");
        var bot = Path.Combine(root, "bot", "roadmapbot.dll");
        if (!File.Exists(bot))
            await PublishAsync(repository, [.. flags, "-o", Path.GetDirectoryName(bot)!], log);
        var versions = await File.ReadAllTextAsync(Path.Combine(repository, "Directory.Packages.props"));
        var bareHost = await FloorAsync(root, "barehost", "Microsoft.NET.Sdk.Web", FloorSources.BareHost, [], floorFlags, log);
        var dependencies = await FloorAsync(root, "dependencies", "Microsoft.NET.Sdk.Web", FloorSources.Dependencies,
            [.. FloorSources.DependencyPackages.Select(p => (p, VersionOf(versions, p)))], floorFlags, log);
        var hello = await FloorAsync(root, "hello", "Microsoft.NET.Sdk", FloorSources.Hello, [], floorFlags, log);
        return new Published(root, bot, bareHost, dependencies, hello, EnvironmentOf(dockerfile)) { Kept = kept is not null };
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
    private static async Task<string> FloorAsync(string root, string name, string sdk, string source,
        IReadOnlyList<(string Name, string Version)> packages, IEnumerable<string> flags, TextWriter log)
    {
        var output = Path.Combine(root, name);
        var program = Path.Combine(output, name + ".dll");
        if (File.Exists(program))
            return program;
        var folder = Path.Combine(root, name + "-src");
        Directory.CreateDirectory(folder);
        var references = string.Concat(packages.Select(p => $"""<PackageReference Include="{p.Name}" Version="{p.Version}" />"""));
        // A program with packages is published ReadyToRun as the bot is (its project's setting, not the Dockerfile's flags).
        var readyToRun = packages.Count == 0 ? "" : "<PublishReadyToRun>true</PublishReadyToRun><RuntimeIdentifier>$(NETCoreSdkRuntimeIdentifier)</RuntimeIdentifier>";
        await File.WriteAllTextAsync(Path.Combine(folder, name + ".csproj"), $"""
            <Project Sdk="{sdk}">
              <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings>{readyToRun}</PropertyGroup>
              <ItemGroup>{references}</ItemGroup>
            </Project>
            """);
        await File.WriteAllTextAsync(Path.Combine(folder, "Program.cs"), source);
        await PublishAsync(folder, [Path.Combine(folder, name + ".csproj"), .. flags, "-o", output], log);
        return program;
    }

    // The version central package management gives a package in the bot's build.
    private static string VersionOf(string props, string package) =>
        Regex.Match(props, $"<PackageVersion Include=\"{Regex.Escape(package)}\" Version=\"(?<v>[^\"]+)\"") is { Success: true } m
            ? m.Groups["v"].Value : throw new InvalidOperationException($"Directory.Packages.props has no version for {package}.");

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

    [GeneratedRegex(@"^RUN dotnet publish (?<args>.+?) -o /app\s*$", RegexOptions.Multiline)]
    private static partial Regex PublishLine();

    [GeneratedRegex(@"^ENV (?<pairs>[^\n]+)$", RegexOptions.Multiline)]
    private static partial Regex EnvLine();
}
