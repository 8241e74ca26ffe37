using System.Text.Json;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Dashboard;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Scheduling;

namespace RoadmapBot.Core.Commands;

/// <summary>Everything a command needs: the database, who is asking, where, and what time it is for them.</summary>
public sealed class CommandContext
{
    public required RoadmapDbContext Db { get; init; }
    public required ChatMessage Message { get; init; }
    public required Space Space { get; init; }
    public required Member Member { get; init; }
    public required CommandLine Command { get; init; }
    public required DateTimeOffset Now { get; init; }
    public required TimeZoneInfo Zone { get; init; }
    public required RoadmapCache Roadmaps { get; init; }

    /// <summary>The space's roadmap as the command started (read with the member); null when there was none.</summary>
    public required RoadmapStamp? RoadmapStamp { get; init; }

    /// <summary>The configured zone for members and spaces that have not set one.</summary>
    public string DefaultTimeZone { get; init; } = "UTC";

    /// <summary>When the member's day starts (midnight unless they chose a later hour with /daystart).</summary>
    public TimeOnly DayStart { get; init; }

    /// <summary>The configured number of missed days a month a freeze covers.</summary>
    public int FreezesPerMonth { get; init; }
    public CancellationToken CancellationToken { get; init; }

    /// <summary>Makes the signed links of /dashboard and /calendar.</summary>
    public required DashboardLinks Links { get; init; }

    public string Arguments => Command.Arguments;
    public string[] Words => Arguments.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
    public MemberDay Day => new(Zone, DayStart);
    public DateOnly Today => Day.Of(Now);
    public DateOnly WeekStart => Weeks.Start(Today);
    /// <summary>Whose clock a member of this space follows (the sender's is <see cref="Zone"/>): the one zone resolution.</summary>
    public TimeZoneInfo ZoneOf(Member? member) => TimeZones.Resolve(member?.TimeZone, Space.TimeZone, DefaultTimeZone);
    public bool IsAdmin => !Space.IsGroup || Member.IsAdmin;

    /// <summary>False when the sender had no re-planned dates as the command started: their plan is the group's.</summary>
    public bool PlanShifted { get; init; } = true;

    /// <summary>The space's roadmap as the sender follows it: with the due dates their own re-plan moved.</summary>
    public async Task<RoadmapView?> LoadRoadmapAsync() =>
        await Roadmaps.GetAsync(Db, Space.Id, RoadmapStamp, CancellationToken) is not { } view ? null
        : PlanShifted ? await PlanOf(view, Member) : view.GroupPlan;

    /// <summary><paramref name="view"/>'s group plan as <paramref name="member"/> follows it.</summary>
    public Task<RoadmapView> PlanOf(RoadmapView view, Member member) => MemberPlan.ForAsync(Db, view, member.Id, CancellationToken);

    public StreakRules StreakRules(Member member) => Progress.StreakRules.For(member, FreezesPerMonth);

    /// <summary>The roadmap as <paramref name="member"/>'s numbers may be shown here: in a group, without their private metrics.</summary>
    public RoadmapView ShownHere(RoadmapView view, Member member) => Space.IsGroup ? view.SharedBy(member) : view;

    /// <summary>True when a reply here would show the group one of the member's private metrics.</summary>
    public bool IsPrivateHere(string metric) =>
        Space.IsGroup && AccountabilitySettings.Parse(Member.Settings).Hides(metric);

    public Task<MemberProgress> LoadProgressAsync(Member member) => MemberProgress.LoadAsync(Db, member.Id, CancellationToken);

    /// <summary>Records the change for the audit trail; <paramref name="undo"/> is what /undo needs to revert it.</summary>
    public void Audit(AuditKind kind, object? undo) => Db.Audit.Add(new AuditEntry
    {
        SpaceId = Space.Id,
        MemberId = Member.Id,
        At = Now,
        Kind = kind,
        Command = Summary(Message.Text),
        Undo = undo is null ? null : JsonSerializer.Serialize(undo),
    });

    // The command as the member typed it, first line only: /import's pasted document is not repeated.
    private static string Summary(string text)
    {
        var line = text.Trim().Split('\n')[0].Trim();
        return line.Length > 200 ? line[..200] : line;
    }

    public Task SaveAsync() => Db.SaveChangesAsync(CancellationToken);

    /// <summary>Saves new rows, then audits them with <paramref name="undo"/> computed from their ids, atomically.</summary>
    public Task SaveAndAuditAsync(AuditKind kind, Func<object> undo) => AtomicallyAsync(async () =>
    {
        await SaveAsync();
        Audit(kind, undo());
        await SaveAsync();
    });

    /// <summary>
    /// Runs <paramref name="work"/>, its own saves and transactions included, as one commit: a crash part-way (after an import
    /// is stored, before its audit entry) leaves none of it, so /undo never meets a change it has no entry for.
    /// </summary>
    public async Task AtomicallyAsync(Func<Task> work)
    {
        await using var transaction = await StepTransaction.BeginAsync(Db, CancellationToken);
        await work();
        await transaction.CommitAsync(CancellationToken);
    }
}
