using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;
using RoadmapBot.Telegram.Polling;
using RoadmapBot.Telegram.Tests.Fakes;
using static RoadmapBot.Telegram.Tests.Fakes.TelegramUpdates;

namespace RoadmapBot.Telegram.Tests.EndToEnd;

/// <summary>The real <c>roadmapbot run</c> program, configured by environment variables, against the fake Bot API.</summary>
public sealed class HostProcessTests : IAsyncLifetime
{
    private static readonly FakeUser Ana = new(401, "Ana");
    private static readonly FakeChat Chat = FakeChat.Private(Ana);
    private readonly TempFolder _folder = new();
    private FakeBotApi _api = null!;

    public async ValueTask InitializeAsync() => _api = await FakeBotApi.StartAsync();

    public async ValueTask DisposeAsync()
    {
        await _api.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task Run_WithTokenInEnvironment_ServesTelegramAndLogsTheUsernameNotTheToken()
    {
        var stderr = new StringBuilder();
        using var process = Start(stderr);
        try
        {
            var seed = Seeds.Read("000");
            _api.AddFile("seed000", seed);
            _api.AddUpdate(Document(Chat, Ana, "seed000", "roadmap.md", seed.Length, "/import"));
            _api.AddUpdate(Text(Chat, Ana, "/done t1"));
            _api.AddUpdate(Text(Chat, Ana, "/progress"));

            await _api.WaitUntilAsync(a => a.Delivered(Chat.Id).Count >= 3, "three replies", TimeSpan.FromSeconds(60));
            var replies = _api.Delivered(Chat.Id);
            Assert.StartsWith("Imported", replies[0].Text);
            Assert.Contains("Progress:", replies[2].Text);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        }
        var log = stderr.ToString();
        Assert.Contains("connected as @RoadmapTestBot", log);
        Assert.DoesNotContain(FakeBotApi.Token.Split(':')[1], log);
    }

    [Fact]
    public async Task Run_InAGroup_TwoMembersPressingEachOthersButtons_OnlyTheOwnerActs()
    {
        var (ben, group) = (new FakeUser(402, "Ben"), FakeChat.Group(-100402));
        _api.SetAdmins(group.Id, Ana.Id);
        using var process = Start(new StringBuilder());
        try
        {
            var seed = Seeds.Read("000");
            _api.AddFile("seed000", seed);
            _api.AddUpdate(Document(group, Ana, "seed000", "roadmap.md", seed.Length, "/import"));
            _api.AddUpdate(Text(group, Ana, "/today"));
            _api.AddUpdate(Text(group, ben, "/today"));
            await _api.WaitUntilAsync(a => a.Delivered(group.Id).Count >= 3, "the import and two /today", TimeSpan.FromSeconds(60));
            var (anas, bens) = (_api.Delivered(group.Id)[1], _api.Delivered(group.Id)[2]);
            var bensDone = bens.ButtonData.First(d => d.Contains("/done ", StringComparison.Ordinal));
            var anasDone = anas.ButtonData.First(d => d.Contains("/done ", StringComparison.Ordinal));

            _api.AddUpdate(Press(group, Ana, bens.MessageId!.Value, bensDone));
            _api.AddUpdate(Press(group, ben, anas.MessageId!.Value, anasDone));
            await _api.WaitUntilAsync(a => a.Requests.Count(r => r.Method == "answerCallbackQuery") == 2, "two callback answers", TimeSpan.FromSeconds(60));
            _api.AddUpdate(Press(group, ben, bens.MessageId!.Value, bensDone));
            _api.AddUpdate(Text(group, ben, "/forget me"));
            // Ben's edit and the /forget me answer go out in either order: groups' updates run in order, their replies are sent as they come.
            await _api.WaitUntilAsync(a => a.Requests.Count(r => r.Method == "answerCallbackQuery") == 3 && a.Delivered(group.Id).Count >= 5,
                "Ben's own press and /forget me", TimeSpan.FromSeconds(60));

            var toasts = _api.Requests.Where(r => r.Method == "answerCallbackQuery").Select(r => r.Params["text"]?.ToString()).ToList();
            Assert.Equal(["This button is for Ben.", "This button is for Ana."], toasts[..2]);
            var edit = Assert.Single(_api.Requests, r => r.Method == "editMessageText");
            Assert.Equal(bens.MessageId, (int?)edit.Params["message_id"]);
            Assert.Contains(_api.Delivered(group.Id).Skip(3), r => r.Method == "sendMessage" && (r.Text ?? "").Contains("private chat", StringComparison.Ordinal));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public async Task Run_WithRejectedToken_ExitsWithOneErrorLine()
    {
        _api.RejectToken = true;
        var stderr = new StringBuilder();
        using var process = Start(stderr);

        await process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        Assert.NotEqual(0, process.ExitCode);
        Assert.Single(stderr.ToString().Split('\n'), l => l.Contains("rejected the bot token"));
        Assert.DoesNotContain("Exception", stderr.ToString());
    }

    [Fact]
    public async Task Run_WhenTheTokenIsRevokedWhilePolling_ExitsWithTheRejectedTokenCodeAndOneErrorLine()
    {
        var stderr = new StringBuilder();
        using var process = Start(stderr);
        await _api.WaitUntilAsync(a => a.Requests.Any(r => r.Method == "getUpdates"), "polling", TimeSpan.FromSeconds(60));

        _api.RejectToken = true;
        await process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        Assert.Equal(TelegramPollingService.RejectedTokenExitCode, process.ExitCode);
        Assert.Single(stderr.ToString().Split('\n'), l => l.Contains("rejected the bot token"));
        Assert.DoesNotContain("retrying", stderr.ToString());
    }

    [Fact]
    public async Task Run_WhenDeleteWebhookAnswersAGatewaysErrorPageOnce_TriesAgainAndServes()
    {
        var stderr = new StringBuilder();
        _api.Fail("deleteWebhook", new FakeFault.BadGateway());
        using var process = Start(stderr);
        try
        {
            _api.AddUpdate(Text(Chat, Ana, "/help"));
            await _api.WaitUntilAsync(a => a.Delivered(Chat.Id).Count >= 1, "the reply to /help", TimeSpan.FromSeconds(60));
            Assert.False(process.HasExited);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        }
        Assert.Equal(2, _api.Requests.Count(r => r.Method == "deleteWebhook"));
        Assert.Single(stderr.ToString().Split('\n'), l => l.Contains("deleteWebhook failed") && l.Contains("retrying in"));
        Assert.DoesNotContain("BackgroundService", stderr.ToString());
    }

    [Fact]
    public async Task Run_WhenTelegramRefusesTheWebhook_ExitsWithTheConfigurationCodeAndOneLineNamingTheSetting()
    {
        var stderr = new StringBuilder();
        _api.Fail("setWebhook", new FakeFault.Refused(400, "Bad Request: bad webhook: Failed to resolve host: Name or service not known"));
        using var process = Start(stderr, ("RoadmapBot__Telegram__Updates", "webhook"),
            ("RoadmapBot__Telegram__WebhookUrl", "https://bot.invalid/telegram/webhook"), ("RoadmapBot__Telegram__WebhookSecret", "s3cret"));

        await process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        Assert.Equal(TelegramPollingService.RefusedExitCode, process.ExitCode);
        var line = Assert.Single(stderr.ToString().Split('\n'), l => l.Contains("refused setWebhook"));
        Assert.Contains("Failed to resolve host", line);
        Assert.Contains("RoadmapBot__Telegram__WebhookUrl", line);
        Assert.DoesNotContain("Exception", stderr.ToString());
    }

    [Fact]
    public async Task KilledAfterALogBeforeItsCursorWasStored_TheRedeliveredUpdateIsNotLoggedTwice()
    {
        int logId;
        using (var first = Start(new StringBuilder()))
        {
            try
            {
                logId = _api.AddUpdate(Text(Chat, Ana, "/log sql 2"));
                await _api.WaitUntilAsync(a => a.Delivered(Chat.Id).Count >= 1, "the reply to /log", TimeSpan.FromSeconds(60));
            }
            finally
            {
                first.Kill(entireProcessTree: true);  // SIGKILL: nothing runs after it
                await first.WaitForExitAsync(TestContext.Current.CancellationToken);
            }
        }
        // /log committed; a kill just before the cursor was written leaves the cursor here, and Telegram sends the update again.
        Sql($"UPDATE PlatformStates SET LastUpdateId = {logId - 1}");
        _api.Redeliver(logId);

        using var second = Start(new StringBuilder());
        try
        {
            _api.AddUpdate(Text(Chat, Ana, "/streak"));
            await _api.WaitUntilAsync(a => a.Delivered(Chat.Id).Count >= 2, "a reply after the restart", TimeSpan.FromSeconds(60));
        }
        finally
        {
            second.Kill(entireProcessTree: true);
            await second.WaitForExitAsync(TestContext.Current.CancellationToken);
        }
        Assert.Equal(1L, Sql("SELECT COUNT(*) FROM MetricLogs"));
        Assert.DoesNotContain(_api.Delivered(Chat.Id).Skip(1), r => (r.Text ?? "").StartsWith("Logged", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DatabaseLockedLongerThanTheBusyTimeout_IsAnAnswerNotAnOutage_AndTheBotAnswersAgainAfter()
    {
        var stderr = new StringBuilder();
        using var process = Start(stderr, ("RoadmapBot__BusyTimeoutSeconds", "1"));
        try
        {
            Assert.StartsWith("Logged", (await SendAsync("/log sql 1")).Text);
            using (var holder = new SqliteConnection($"Data Source={_folder.Database};Pooling=False"))
            {
                holder.Open();
                using (var begin = holder.CreateCommand())
                {
                    begin.CommandText = "BEGIN EXCLUSIVE";
                    begin.ExecuteNonQuery();
                }
                Assert.Contains("couldn't save that", (await SendAsync("/log sql 2")).Text);
                Assert.Contains("couldn't save that", (await SendAsync("/log sql 3")).Text);
            }
            Assert.StartsWith("Logged", (await SendAsync("/log sql 4")).Text);
            Assert.False(process.HasExited);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        }
        Assert.Equal(2L, Sql("SELECT COUNT(*) FROM MetricLogs"));
        // One line for each place and kind of problem (the commands', the polling's), however many messages met the lock.
        var problems = stderr.ToString().Split('\n').Where(l => l.Contains("database problem", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Contains(problems, l => l.Contains("Database problem in a command", StringComparison.Ordinal));
        Assert.Equal(problems.Count, problems.Select(l => l.Split(" (")[0]).Distinct().Count());
    }

    private async Task<FakeRequest> SendAsync(string text)
    {
        var before = _api.Delivered(Chat.Id).Count;
        _api.AddUpdate(Text(Chat, Ana, text));
        await _api.WaitUntilAsync(a => a.Delivered(Chat.Id).Count > before, $"the reply to {text}", TimeSpan.FromSeconds(60));
        return _api.Delivered(Chat.Id)[before];
    }

    private object? Sql(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_folder.Database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private Process Start(StringBuilder stderr, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("dotnet", [HostProgram.Path(), "run", "--db", _folder.Database])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _folder.Path,
        };
        start.Environment["RoadmapBot__Telegram__Token"] = FakeBotApi.Token;
        start.Environment["RoadmapBot__Http__Urls"] = "http://127.0.0.1:0";  // a free port: these processes run beside others
        start.Environment["RoadmapBot__Telegram__ApiBaseUrl"] = _api.BaseUrl;
        start.Environment["RoadmapBot__Telegram__PollTimeoutSeconds"] = "1";
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, e) => { lock (stderr) stderr.AppendLine(e.Data); };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return process;
    }
}
