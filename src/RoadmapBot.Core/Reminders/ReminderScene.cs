using System.Globalization;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Scheduling;
using RoadmapBot.Core.Verification;

namespace RoadmapBot.Core.Reminders;

/// <summary>What every reminder's text is written from: the roadmap, who it is for, and the occurrence's local day.</summary>
public sealed class ReminderScene
{
    private DateTime? _local;  // the occurrence parsed once: a message asks for its day several times

    public required RoadmapDbContext Db { get; init; }
    public required RoadmapView View { get; init; }
    public required ReminderRecipient Recipient { get; init; }
    public required OutboxEntry Entry { get; init; }
    public required TimeZoneInfo Zone { get; init; }

    /// <summary>The configured zone for members and spaces that have not set one.</summary>
    public string DefaultTimeZone { get; init; } = "UTC";

    /// <summary>When the member's day starts: an occurrence before it belongs to the day before.</summary>
    public TimeOnly DayStart { get; init; }
    public int FreezesPerMonth { get; init; }
    public CancellationToken CancellationToken { get; init; }

    /// <summary>What the member's verified habit's source said about the day, asked before the check-in.</summary>
    public VerifiedDay? Verified { get; set; }

    /// <summary>The occurrence's local date and time: "today" for a reminder, whenever it is actually sent.</summary>
    public DateTime Local => _local ??= DateTime.ParseExact(Entry.LocalOccurrence, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
    public DateOnly Day => MemberDay.Of(Local);
    public MemberDay MemberDay => new(Zone, DayStart);
    /// <summary>Whose clock another member of the space follows (the digest's rows): the one zone resolution.</summary>
    public TimeZoneInfo ZoneOf(Member member) => TimeZones.Resolve(member.TimeZone, Recipient.Space.TimeZone, DefaultTimeZone);
    public Member Member => Recipient.Member ?? throw new InvalidOperationException($"{Entry.Key} is not a personal reminder.");

    /// <summary>A reply that opens with its title and, after downtime, one line saying it comes late.</summary>
    public ReplyBuilder Start(params Span[] title)
    {
        var reply = new ReplyBuilder().Line(title);
        if (Entry.Late)
            reply.Line(Span.Italic($"(late: the bot was offline at {Local:HH:mm})"));
        return reply;
    }

    public Task<MemberProgress> ProgressAsync(Member? member = null) => MemberProgress.LoadAsync(Db, (member ?? Member).Id, CancellationToken);

    /// <summary>The member's logs and check-ins from <paramref name="since"/> on (what the reminder shows), with every active day for streaks.</summary>
    public Task<DailyTotals> TotalsAsync(DateOnly since, Member? member = null) => DailyTotals.LoadSinceAsync(Db, (member ?? Member).Id, since, CancellationToken);
}
