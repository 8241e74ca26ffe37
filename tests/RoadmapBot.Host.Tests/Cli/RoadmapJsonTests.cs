using System.Diagnostics;
using System.Text.Json.Nodes;
using RoadmapBot.Host.Cli;
using RoadmapBot.Tests;

namespace RoadmapBot.Host.Tests.Cli;

/// <summary><c>import --json</c> written by hand on a JSON writer, byte for byte what the reflection serializer wrote (issue 20).</summary>
public sealed class RoadmapJsonTests
{
    public static TheoryData<string> SeedPrefixes => [.. Seeds.All.Select(f => Path.GetFileName(f)[..3])];

    [Theory]
    [MemberData(nameof(SeedPrefixes))]
    public void Serialize_WritesTheSameBytesAsTheReflectionSerializerDid(string seed)
    {
        var result = Seeds.Import(seed);

        Assert.Equal(ReflectionRoadmapJson.Serialize(result), RoadmapJson.Serialize(result));
    }

    [Fact]
    public async Task RealProgram_ImportJsonNeedsNoReflectionSerializer()
    {
        // The runtime's own switch: with reflection-based serialization off, any serializer call without generated metadata fails.
        var dll = Path.Combine(AppContext.BaseDirectory, "roadmapbot.dll");
        var config = JsonNode.Parse(await File.ReadAllTextAsync(Path.ChangeExtension(dll, ".runtimeconfig.json"), TestContext.Current.CancellationToken))!;
        config["runtimeOptions"]!["configProperties"]!["System.Text.Json.JsonSerializer.IsReflectionEnabledByDefault"] = false;
        var runtimeConfig = Path.Combine(Path.GetTempPath(), $"roadmapbot-noreflection-{Guid.NewGuid():N}.runtimeconfig.json");
        await File.WriteAllTextAsync(runtimeConfig, config.ToJsonString(), TestContext.Current.CancellationToken);
        try
        {
            var start = new ProcessStartInfo("dotnet", ["exec", "--runtimeconfig", runtimeConfig, "--depsfile", Path.ChangeExtension(dll, ".deps.json"),
                dll, "import", Seeds.Path("000"), "--json"]) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);

            Assert.True(process.ExitCode == 0, await stderr);
            Assert.Equal(RoadmapJson.Serialize(Seeds.Import("000")), (await stdout).TrimEnd('\n'));
        }
        finally
        {
            File.Delete(runtimeConfig);
        }
    }
}
