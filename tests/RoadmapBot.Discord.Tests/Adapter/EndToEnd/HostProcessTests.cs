using System.Diagnostics;
using System.Globalization;
using System.Text;
using RoadmapBot.Discord.Tests.Adapter.Fakes;
using RoadmapBot.Discord.Tests.Fakes;

namespace RoadmapBot.Discord.Tests.Adapter.EndToEnd;

/// <summary>The real <c>roadmapbot run</c> program, configured only by environment variables, against the fake Discord.</summary>
public sealed class HostProcessTests : IAsyncLifetime
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);
    private readonly string _folder = Directory.CreateTempSubdirectory("roadmapbot-discord-host-").FullName;
    private FakeDiscord _discord = null!;

    public async ValueTask InitializeAsync() => _discord = await FakeDiscord.StartAsync();

    public async ValueTask DisposeAsync()
    {
        await _discord.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task Run_WithTokenAndApplicationIdInEnvironment_ServesSlashCommandsAndNeverLogsTheToken()
    {
        var stderr = new StringBuilder();
        using var process = Start(stderr);
        try
        {
            await _discord.WaitForIdentifyAsync(timeout: Bound);
            await _discord.DispatchInteractionAsync(FakeInteractions.SlashCommand("help"));

            // The answer is the callback, or, when a loaded machine let the watchdog defer first, the edit of that deferral.
            RecordedRequest answer;
            try
            {
                answer = await _discord.Requests.WaitForAsync(r => r.Path.EndsWith("/callback", StringComparison.Ordinal) && r.JsonBody.GetProperty("type").GetInt32() == 4
                    || r.Method == "PATCH" && r.Path.EndsWith("/messages/@original", StringComparison.Ordinal), Bound);
            }
            catch (TimeoutException)
            {
                lock (stderr) Assert.Fail($"no answer; the bot's log:\n{stderr}");
                throw;
            }
            var content = answer.Method == "PATCH" ? answer.JsonBody.GetProperty("content") : answer.JsonBody.GetProperty("data").GetProperty("content");
            Assert.Contains("/today", content.GetString());
            Assert.Equal(DiscordAdapterRig.Token, _discord.Requests.Items[0].Header("Authorization")?["Bot ".Length..]);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        }
        Assert.DoesNotContain(DiscordAdapterRig.Token, stderr.ToString());
    }

    [Fact]
    public async Task Run_WithRejectedToken_ExitsWithOneErrorLine()
    {
        _discord.Respond = _ => FakeResponse.Error(401, 0, "401: Unauthorized");
        var stderr = new StringBuilder();
        using var process = Start(stderr);

        await process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(Bound, TestContext.Current.CancellationToken);

        Assert.Equal(3, process.ExitCode);
        Assert.Single(stderr.ToString().Split('\n'), l => l.Contains("Discord rejected the bot token"));
        Assert.DoesNotContain("Exception", stderr.ToString());
        Assert.DoesNotContain(DiscordAdapterRig.Token, stderr.ToString());
    }

    private Process Start(StringBuilder stderr)
    {
        var start = new ProcessStartInfo("dotnet", [HostProgram.Path(), "run", "--db", Path.Combine(_folder, "bot.db")])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _folder,
        };
        start.Environment["RoadmapBot__Discord__Token"] = DiscordAdapterRig.Token;
        start.Environment["RoadmapBot__Http__Urls"] = "off";  // Discord alone: HTTP is Host.Tests' (its start-up would eat into the 3-second interaction window under load)
        start.Environment["RoadmapBot__Discord__ApplicationId"] = FakeDiscord.ApplicationId.ToString(CultureInfo.InvariantCulture);
        start.Environment["RoadmapBot__Discord__ApiBaseUrl"] = _discord.ApiBaseUrl;
        start.Environment.Remove("RoadmapBot__Telegram__Token");
        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, e) => { lock (stderr) stderr.AppendLine(e.Data); };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return process;
    }
}
