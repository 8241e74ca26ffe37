using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Diagnostics;
using RoadmapBot.Core.Reminders.Pacing;
using RoadmapBot.Core.Scheduling;

namespace RoadmapBot.Core.Reminders;

/// <summary>
/// Sends the outbox's pending reminders that are due, several at a time (the platform's paced queue keeps each chat
/// within its limits): each row claimed before it is sent, its outcome recorded as soon as it is known, each in a context of its own.
/// </summary>
public sealed class OutboxDelivery(
    IDbContextFactory<RoadmapDbContext> contexts,
    IReminderContent content,
    IEnumerable<IReminderSender> senders,
    TimeProvider time,
    IOptions<RoadmapBotOptions> options,
    ReminderLease lease,
    BotMetrics metrics,
    ILogger<OutboxDelivery> logger)
{
    public const int MaxAttempts = 5;

    // Enough in flight that one slow chat (1 message/s, 20/min per group) never holds back the others.
    public const int InFlight = 32;

    private readonly ConcurrentDictionary<long, byte> _sending = new();

    /// <summary>True while this process is sending the row: claimed here, outcome not yet recorded.</summary>
    public bool IsSending(long id) => _sending.ContainsKey(id);

    public async Task<int> DeliverDueAsync(DateTimeOffset now, CancellationToken ct)
    {
        List<long> due;
        await using (var db = await contexts.CreateDbContextAsync(ct))
            due = await db.Outbox.AsNoTracking().Where(o => o.State == OutboxState.Pending && o.DueAt <= now)
                .OrderBy(o => o.DueAt).ThenBy(o => o.Id).Select(o => o.Id).ToListAsync(ct);
        var sent = 0;
        var leaseLost = false;
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = InFlight, CancellationToken = ct }, async (id, token) =>
        {
            // A fan-out may outlast the lease taken at the tick's start: it is renewed here, and once lost nothing more is claimed.
            if (Volatile.Read(ref leaseLost) || !await lease.StillHeldAsync(token))
            {
                Volatile.Write(ref leaseLost, true);
                return;
            }
            if (await DeliverAsync(id, now, token)) Interlocked.Increment(ref sent);
        });
        return sent;
    }

    private async Task<bool> DeliverAsync(long id, DateTimeOffset now, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (!await ClaimAsync(db, id, now, ct)) return false;
        _sending[id] = 0;
        try
        {
            var entry = await db.Outbox.SingleAsync(o => o.Id == id, CancellationToken.None);
            // Cancelled from here on, the claim stays: the platform may or may not have the row, and the next tick treats it as in doubt.
            await PrepareAndSendAsync(db, entry, now, ct);
            // Recorded whatever happens to the tick now: a send that happened must never look unsent after a shutdown.
            await db.SaveChangesAsync(CancellationToken.None);
            metrics.ReminderFinished(entry);
            return entry.State == OutboxState.Sent;
        }
        finally
        {
            _sending.TryRemove(id, out _);
        }
    }

    /// <summary>A conditional update only one process can win: the row moves from pending to sending with our name on it.</summary>
    private async Task<bool> ClaimAsync(RoadmapDbContext db, long id, DateTimeOffset now, CancellationToken ct) =>
        await db.Outbox.Where(o => o.Id == id && o.State == OutboxState.Pending && o.DueAt <= now)
            .ExecuteUpdateAsync(s => s
                .SetProperty(o => o.State, OutboxState.Sending)
                .SetProperty(o => o.ClaimedBy, lease.Owner)
                .SetProperty(o => o.ClaimedAt, time.GetUtcNow()), ct) == 1;

    private async Task PrepareAndSendAsync(RoadmapDbContext db, OutboxEntry entry, DateTimeOffset now, CancellationToken ct)
    {
        // Decided on time by a process that died before sending it, a row is as late as any other sent this long after its time.
        if (ReminderPlanner.IsLate(entry.DueAt, now)) entry.Late = true;
        var space = await db.Spaces.FindAsync([entry.SpaceId], ct);
        var member = entry.MemberId is { } memberId ? await db.Members.FindAsync([memberId], ct) : null;
        if (space is null || entry.MemberId is not null && member is null)
            Finish(entry, OutboxState.Skipped, "the member or space is gone");
        else if (senders.FirstOrDefault(s => s.Platform == space.Platform) is not { } sender)
            Finish(entry, OutboxState.Failed, $"no {space.Platform} connection is configured");
        else if (await content.BuildAsync(db, new ReminderRecipient(space, member), entry, now, ct) is not { } message)
            Finish(entry, OutboxState.Skipped, "nothing to say");
        else
        {
            var delivery = new ReminderDelivery(new(space, member), entry, message, DeliverHere(member), Occurrence(entry, space, member));
            switch (await SendAsync(sender, delivery, ct))
            {
                case DeliveryOutcome.Sent:
                    entry.State = OutboxState.Sent;
                    entry.SentAt = time.GetUtcNow();
                    break;
                case DeliveryOutcome.Unreachable:
                    // Not retried, skipped in the log and the metric alike. In a group it is the bot's standing in that chat that
                    // failed (no permission, removed), which says nothing of the member: only a private chat marks them unreachable.
                    var inGroup = ReminderChat.Of(delivery).IsGroup;
                    Finish(entry, OutboxState.Skipped, inGroup
                        ? "unreachable: the bot may not post in that chat (it lacks permission there or was removed)"
                        : "unreachable: the member blocked the bot or left");
                    if (member is not null && !inGroup) member.Settings = (ReminderSettings.Parse(member.Settings) with { Unreachable = true }).ToJson();
                    break;
                default:
                    Retry(entry, now);
                    break;
            }
        }
    }

    private async Task<DeliveryOutcome> SendAsync(IReminderSender sender, ReminderDelivery delivery, CancellationToken ct)
    {
        try
        {
            return await sender.SendAsync(delivery, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogWarning(e, "Sending {Key} failed; it will be retried", delivery.Entry.Key);
            return DeliveryOutcome.RetryLater;
        }
    }

    private void Retry(OutboxEntry entry, DateTimeOffset now)
    {
        entry.Attempts++;
        entry.State = OutboxState.Pending;
        if (entry.Attempts >= MaxAttempts)
        {
            Finish(entry, OutboxState.Failed, $"gave up after {entry.Attempts} attempts");
            return;
        }
        entry.DueAt = now + TimeSpan.FromSeconds(30 * Math.Pow(2, entry.Attempts - 1));
    }

    private void Finish(OutboxEntry entry, OutboxState state, string detail)
    {
        entry.State = state;
        entry.Detail = detail;
        // The log's word is the metric's outcome (SKIPPED or FAILED), so the two never disagree.
        if (state != OutboxState.Sent)
            logger.LogInformation("{Outcome} kind={Kind} key={Key} reason={Reason}", BotMetrics.Outcome(state).ToUpperInvariant(),
                ReminderPlanner.Name(entry.Kind), entry.Key, detail);
    }

    private DateTimeOffset Occurrence(OutboxEntry entry, Space space, Member? member) =>
        OccurrenceCalculator.ToInstant(DateTime.ParseExact(entry.LocalOccurrence, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
            TimeZones.Resolve(member?.TimeZone, space.TimeZone, options.Value.DefaultTimeZone));

    private static bool DeliverHere(Member? member) => member is null || ReminderSettings.Parse(member.Settings).DeliverHere;
}
