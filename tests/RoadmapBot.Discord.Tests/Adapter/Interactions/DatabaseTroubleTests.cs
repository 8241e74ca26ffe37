using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using RoadmapBot.Discord.Tests.Adapter.Fakes;
using static RoadmapBot.Discord.Tests.Adapter.Fakes.Interactions;

namespace RoadmapBot.Discord.Tests.Adapter.Interactions;

/// <summary>The database locked longer than the busy timeout (1 s here): one clear line to the member, one log line, nothing lost.</summary>
public sealed class DatabaseTroubleTests : IAsyncLifetime
{
    private DiscordAdapterRig _rig = null!;

    public async ValueTask InitializeAsync()
    {
        _rig = await DiscordAdapterRig.CreateAsync(new Dictionary<string, string?> { ["RoadmapBot:BusyTimeoutSeconds"] = "1" });
        await _rig.ImportAsync(Seeds.Read("000"));
    }

    public async ValueTask DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task DatabaseLocked_EachCommandGetsTheTryAgainLine_OneLogLine_AndTheBotAnswersAgainAfter()
    {
        Assert.StartsWith("Logged", (await Log("1")).Text);
        var path = await DatabasePathAsync();

        List<FakeInteractionReplies> refused = [];
        using (var holder = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            holder.Open();
            using (var begin = holder.CreateCommand())
            {
                begin.CommandText = "BEGIN EXCLUSIVE";
                begin.ExecuteNonQuery();
            }
            refused.Add(await Log("2"));
            refused.Add(await _rig.HandleAsync(Command("done", ("key", "t1"))));
            refused.Add(await _rig.HandleAsync(Autocomplete("done", "key", "t1")));
        }
        var after = await Log("4");

        Assert.All(refused.Take(2), r => Assert.Equal("I couldn't save that — try again in a minute.", r.Text));
        Assert.NotNull(refused[2].Choices);  // reading goes on while another process writes
        Assert.StartsWith("Logged", after.Text);
        await using var db = _rig.Db();
        Assert.Equal([1.0, 4.0], (await db.MetricLogs.Select(l => l.Amount).ToListAsync(TestContext.Current.CancellationToken)).Order());
        // EF's own per-command error lines are filtered out by the host (HostingExtensions), as here.
        Assert.Single(_rig.Logs.Lines, l => l.Level >= LogLevel.Error && !FilteredByTheHost(l.Line));
        Assert.Contains("Database problem in a command", _rig.Logs.All, StringComparison.Ordinal);
    }

    private static bool FilteredByTheHost(string line) =>
        line.Contains(" Microsoft.EntityFrameworkCore.Database.Command:", StringComparison.Ordinal)
        || line.Contains(" Microsoft.EntityFrameworkCore.Update:", StringComparison.Ordinal);

    private Task<FakeInteractionReplies> Log(string amount) => _rig.HandleAsync(Command("log", ("metric", "sql"), ("amount", amount)));

    private async Task<string> DatabasePathAsync()
    {
        await using var db = _rig.Db();
        return db.Database.GetDbConnection().DataSource;
    }
}
