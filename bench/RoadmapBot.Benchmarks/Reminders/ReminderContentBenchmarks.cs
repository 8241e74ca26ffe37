using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RoadmapBot.Benchmarks.Commands;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Commands;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Reminders;
using RoadmapBot.Core.Scheduling;
using static RoadmapBot.Benchmarks.Commands.EngineDatabase;

namespace RoadmapBot.Benchmarks.Reminders;

/// <summary>
/// A morning kickoff's text (<see cref="IReminderContent"/> as the outbox calls it, one context per message) against the
/// engine's /today for a member, its floor in the same run (issue 20: the kickoff says what /today says, so it should cost
/// no more). The engine benchmark's database; members in one shuffled order, each space's roadmap cached by a first pass in the setup.
/// </summary>
[MemoryDiagnoser]
public class ReminderContentBenchmarks
{
    private string _database = "";
    private ServiceProvider? _services;
    private ChatEngine? _engine;
    private IReminderContent? _content;
    private ChatMessage[] _today = [];
    private ReminderRecipient[] _recipients = [];
    private int _todayCalls;
    private int _kickoffCalls;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _database = await CopyAsync();
        _services = await EngineHost.StartAsync(_database, new SteppingClock(Now, TimeSpan.FromMilliseconds(10)));
        _engine = _services.GetRequiredService<ChatEngine>();
        _content = _services.GetRequiredService<IReminderContent>();
        var members = ShuffledMembers();
        _today = [.. members.Select(m => new ChatMessage(ChatPlatform.Telegram, SpaceId(m.Space), true, UserId(m.Space, m.Member), DisplayName(m.Space, m.Member), "/today"))];
        await using (var db = await Db().CreateDbContextAsync())
        {
            var spaces = await db.Spaces.AsNoTracking().ToDictionaryAsync(s => s.Id);
            var byUser = await db.Members.AsNoTracking().ToDictionaryAsync(m => m.UserId);
            _recipients = [.. members.Select(m => byUser[UserId(m.Space, m.Member)]).Select(m => new ReminderRecipient(spaces[m.SpaceId], m))];
        }
        if ((await Today()).ToPlainText() is var today && !today.Contains("Today", StringComparison.Ordinal))
            throw new InvalidOperationException($"/today did not answer with the day: {today}");
        if (await Kickoff() is not { } kickoff || !kickoff.ToPlainText().Contains("Good morning", StringComparison.Ordinal))
            throw new InvalidOperationException("The kickoff was not written.");
        // The first pass over every member, both ways, before any measurement: otherwise a few hundred spaces' roadmaps are
        // first loaded inside measured iterations, and either side's mean carries whichever cold loads its run happened to get.
        for (var i = 1; i < members.Length; i++)
        {
            await Today();
            await Kickoff();
        }
        (_todayCalls, _kickoffCalls) = (0, 0);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        if (_services is not null)
            await EngineHost.StopAsync(_services, _database);
        Delete(_database);
    }

    [Benchmark(Baseline = true)]
    public async Task<ChatReply> Today() =>
        await _engine!.HandleAsync(_today[_todayCalls++ % _today.Length]) is [var reply] ? reply : throw new InvalidOperationException("/today gave no reply.");

    [Benchmark]
    public async Task<ChatReply?> Kickoff()
    {
        var recipient = _recipients[_kickoffCalls++ % _recipients.Length];
        var entry = new OutboxEntry
        {
            Key = $"m{recipient.Member!.Id}:kickoff:2026-04-15T08:00", SpaceId = recipient.Space.Id, MemberId = recipient.Member.Id,
            Kind = ReminderKind.Kickoff, LocalOccurrence = "2026-04-15T08:00", DueAt = Now,
        };
        await using var db = await Db().CreateDbContextAsync();
        return await _content!.BuildAsync(db, recipient, entry, Now, CancellationToken.None);
    }

    private IDbContextFactory<RoadmapDbContext> Db() => _services!.GetRequiredService<IDbContextFactory<RoadmapDbContext>>();
}
