using System.Diagnostics.Metrics;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Diagnostics;
using RoadmapBot.Core.Reminders;
using RoadmapBot.Core.Roadmaps;
using RoadmapBot.Core.Scheduling;

namespace RoadmapBot.Core.Tests.Reminders;

public sealed class ReminderDispatcherTests
{
    private static DateTimeOffset At(int day, int hour, int minute = 0, int second = 0) => new(2026, 3, day, hour, minute, second, TimeSpan.FromHours(1));

    [Fact]
    public async Task Kickoff_IsSentAtItsLocalTimeOnce()
    {
        await using var rig = await ReminderRig.StartAsync();
        await rig.ImportAsync();

        await rig.TickAtAsync(At(2, 7, 59, 50));
        Assert.Empty(rig.Sender.Sent);
        var result = await rig.TickAtAsync(At(2, 8, 0, 1));
        await rig.TickAtAsync(At(2, 8, 0, 30));

        Assert.Equal(["kickoff@2026-03-02T08:00"], rig.Sender.Kinds);
        Assert.True(result.Active);
        Assert.True(result.NextTick <= At(2, 8, 1, 1));
    }

    [Fact]
    public async Task NextTick_IsTheNextDueInstantWhenSooner()
    {
        await using var rig = await ReminderRig.StartAsync();
        await rig.ImportAsync();

        var result = await rig.TickAtAsync(At(2, 7, 59, 30));

        Assert.Equal(At(2, 8, 0), result.NextTick);
    }

    [Fact]
    public async Task DowntimeOfAnHour_SendsTheMissedKickoffOnceMarkedLate()
    {
        await using var rig = await ReminderRig.StartAsync();
        await rig.ImportAsync();
        await rig.TickAtAsync(At(2, 7, 0));

        await rig.TickAtAsync(At(2, 9, 0));
        await rig.TickAtAsync(At(2, 9, 1));

        Assert.Equal(["kickoff@2026-03-02T08:00 late"], rig.Sender.Kinds);
    }

    [Fact]
    public async Task DowntimeOfThreeDays_SkipsWhatIsPastItsGraceAndSendsOnlyWhatIsNot()
    {
        await using var rig = await ReminderRig.StartAsync();
        await rig.ImportAsync();
        await rig.TickAtAsync(At(2, 7, 0));

        await rig.TickAtAsync(At(5, 9, 0));

        Assert.Equal(["kickoff@2026-03-05T08:00 late"], rig.Sender.Kinds);
        var skipped = (await rig.OutboxAsync()).Where(o => o.State == OutboxState.Skipped).Select(o => $"{o.Kind}@{o.LocalOccurrence}").ToList();
        Assert.Equal(["Kickoff@2026-03-02T08:00", "Nudge@2026-03-02T12:00", "Checkin@2026-03-02T20:00", "Kickoff@2026-03-03T08:00",
            "Nudge@2026-03-03T12:00", "Checkin@2026-03-03T20:00", "Kickoff@2026-03-04T08:00", "Nudge@2026-03-04T12:00", "Checkin@2026-03-04T20:00"], skipped);
    }

    [Fact]
    public async Task TwoProcessesOnOneDatabase_OnlyOneSends()
    {
        var path = Path.Combine(Path.GetTempPath(), $"roadmapbot-two-{Guid.NewGuid():N}.db");
        await using var a = await ReminderRig.StartAsync(path);
        await a.ImportAsync();
        var b = await ReminderRig.StartAsync(path);
        try
        {
            var resultA = await a.TickAtAsync(At(2, 8, 0, 1));
            var resultB = await b.TickAtAsync(At(2, 8, 0, 2));

            Assert.True(resultA.Active);
            Assert.False(resultB.Active);
            Assert.Single(a.Sender.Sent);
            Assert.Empty(b.Sender.Sent);
        }
        finally
        {
            await b.StopAsync();
        }
    }

    [Fact]
    public async Task QuietHours_DeferTheKickoffToTheirEnd()
    {
        await using var rig = await ReminderRig.StartAsync();
        await rig.ImportAsync();
        await rig.UpdateMemberAsync("ann", s => s with { Quiet = [new BusyWindow(new TimeOnly(7, 30), new TimeOnly(8, 45), WeeklyTime.Weekdays)] });

        await rig.TickAtAsync(At(2, 8, 0, 1));
        Assert.Empty(rig.Sender.Sent);
        await rig.TickAtAsync(At(2, 8, 45, 1));

        Assert.Equal(["kickoff@2026-03-02T08:00"], rig.Sender.Kinds);
    }

    [Fact]
    public async Task Pause_RecordsTheOccurrenceAsSkipped()
    {
        await using var rig = await ReminderRig.StartAsync();
        await rig.ImportAsync();
        await rig.UpdateMemberAsync("ann", s => s with { PausedUntil = new DateOnly(2026, 3, 2) });

        await rig.TickAtAsync(At(2, 8, 0, 1));

        Assert.Empty(rig.Sender.Sent);
        var entry = Assert.Single(await rig.OutboxAsync());
        Assert.Equal((OutboxState.Skipped, "paused until 2026-03-02"), (entry.State, entry.Detail));
    }

    [Fact]
    public async Task FirstStart_SendsAMissedKickoffLateButNotFromBeforeTheMemberJoined()
    {
        await using var rig = await ReminderRig.StartAsync(now: At(2, 7, 30));
        await rig.ImportAsync();

        await rig.TickAtAsync(At(2, 8, 30));

        Assert.Equal(["kickoff@2026-03-02T08:00 late"], rig.Sender.Kinds);
        Assert.DoesNotContain(await rig.OutboxAsync(), o => o.LocalOccurrence.StartsWith("2026-03-01", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnreachableMember_IsMarkedAndNotTriedAgain_SkippedInTheLogAndTheMetricAlike()
    {
        await using var rig = await ReminderRig.StartAsync();
        await rig.ImportAsync();
        rig.Sender.Outcome = DeliveryOutcome.Unreachable;
        var outcomes = new List<string>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) => { if (instrument.Meter == rig.Metrics.Meter && instrument.Name == BotMetrics.Reminders) l.EnableMeasurementEvents(instrument); };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) => outcomes.Add(tags.ToArray().Single(t => t.Key == "outcome").Value!.ToString()!));
        listener.Start();

        await rig.TickAtAsync(At(2, 8, 0, 1));
        await rig.TickAtAsync(At(2, 12, 0, 1));

        var entries = await rig.OutboxAsync();
        Assert.Equal(OutboxState.Skipped, Assert.Single(entries).State);
        Assert.Equal(["skipped"], outcomes);
        Assert.Contains(rig.Logs.Lines, l => l.Line.Contains("SKIPPED kind=kickoff", StringComparison.Ordinal) && l.Line.Contains("reason=unreachable", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnreachableGroupChat_IsLoggedAsTheBotsPermissionThere_NotAsAMemberWhoLeft()
    {
        await using var rig = await ReminderRig.StartAsync();
        await rig.ImportAsync(space: "club", group: true);
        rig.Sender.Outcome = DeliveryOutcome.Unreachable;

        await rig.TickAtAsync(At(2, 9, 0, 1));

        var digest = (await rig.OutboxAsync()).Single(o => o.Kind == ReminderKind.Digest);
        Assert.Equal("unreachable: the bot may not post in that chat (it lacks permission there or was removed)", digest.Detail);
    }

    [Fact]
    public async Task FailedDelivery_IsRetriedWithBackOffThenSent()
    {
        await using var rig = await ReminderRig.StartAsync();
        await rig.ImportAsync();
        rig.Sender.Outcome = DeliveryOutcome.RetryLater;
        await rig.TickAtAsync(At(2, 8, 0, 1));
        Assert.Equal(1, Assert.Single(await rig.OutboxAsync()).Attempts);

        rig.Sender.Outcome = DeliveryOutcome.Sent;
        await rig.TickAtAsync(At(2, 8, 0, 20));
        Assert.Empty(rig.Sender.Sent);
        await rig.TickAtAsync(At(2, 8, 0, 40));

        Assert.Equal(["kickoff@2026-03-02T08:00"], rig.Sender.Kinds);
    }

    [Fact]
    public async Task GroupDigest_GoesToTheSpaceOnMondayMorning()
    {
        await using var rig = await ReminderRig.StartAsync();
        await rig.ImportAsync(space: "club", group: true);

        await rig.TickAtAsync(At(2, 9, 0, 1));

        Assert.Contains("digest@2026-03-02T09:00", rig.Sender.Kinds);
        Assert.Null(rig.Sender.Sent.Single(d => d.Entry.Kind == ReminderKind.Digest).Entry.MemberId);
    }

    [Fact]
    public async Task AgendaSlots_RemindAtTheirStartUnlessDone()
    {
        await using var rig = await ReminderRig.StartAsync();
        await rig.ImportAsync("# Days\n## Mon, 2 Mar 2026\n- 10:00–11:00: Read\n- 11:00–12:00: Write\n## Tue, 3 Mar 2026\n- 09:00–10:00: Rest\n");
        await rig.SendAsync("/done mar2.2");

        await rig.TickAtAsync(At(2, 8, 0, 1));
        await rig.TickAtAsync(At(2, 10, 0, 1));
        await rig.TickAtAsync(At(2, 11, 0, 1));

        Assert.Equal(["kickoff@2026-03-02T08:00", "agenda@2026-03-02T10:00"], rig.Sender.Kinds);
    }

    [Fact]
    public async Task RowsADeadProcessDecidedOnTimeButNeverSent_AreSentMarkedLate_LikeTheRowsTheTakerDecides()
    {
        var path = Path.Combine(Path.GetTempPath(), $"roadmapbot-late-{Guid.NewGuid():N}.db");
        var first = await ReminderRig.StartAsync(path);
        await first.ImportAsync(space: "club", group: true);
        for (var i = 1; i < 5; i++)
            await first.SendAsync("/help", user: $"member{i}", space: "club", group: true);
        await first.TickAtAsync(At(2, 7, 59, 50));
        using (var kill = new CancellationTokenSource())
        {
            first.Sender.KillDuringSend = kill;
            first.Time.SetUtcNow(At(2, 8, 0, 1));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.TickAsync(kill.Token));
        }
        // Killed after recording the 08:00 kickoffs and before claiming those it had not sent: what is left is what it decided on time.
        await using (var db = first.Db())
        {
            foreach (var row in db.Outbox.Where(o => o.State == OutboxState.Sending))
                (row.State, row.ClaimedBy, row.ClaimedAt) = (OutboxState.Pending, null, null);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }
        var neverClaimed = (await first.OutboxAsync()).Where(o => o.State == OutboxState.Pending && !o.Late).Select(o => o.Key).ToList();
        Assert.NotEmpty(neverClaimed);
        var firstOwner = first.Owner;
        await first.StopAsync();

        await using var second = await ReminderRig.StartAsync(path, At(2, 8, 3, 12));  // the lease ran out: 191 s after 08:00
        await second.TickAsync();

        Assert.Subset(second.Sender.Sent.Select(d => d.Entry.Key).ToHashSet(), neverClaimed.ToHashSet());
        Assert.All(second.Sender.Sent, d => Assert.True(d.Entry.Late, $"{d.Entry.Key} was sent 191 s after its time"));
        Assert.All(await second.OutboxAsync(), o => Assert.True(o.State == OutboxState.Sent && (o.Late || o.ClaimedBy == firstOwner), $"{o.Key}: {o.State}, late={o.Late}"));
    }

    [Fact]
    public async Task ReleasedLease_LetsTheNextProcessSendAtOnce()
    {
        var path = Path.Combine(Path.GetTempPath(), $"roadmapbot-release-{Guid.NewGuid():N}.db");
        var first = await ReminderRig.StartAsync(path);
        await first.ImportAsync();
        await first.TickAtAsync(At(2, 7, 59));
        await first.Dispatcher.ReleaseAsync(TestContext.Current.CancellationToken);
        await first.StopAsync();

        await using var second = await ReminderRig.StartAsync(path, At(2, 8, 0, 1));
        var result = await second.TickAsync();

        Assert.True(result.Active);
        Assert.Equal(["kickoff@2026-03-02T08:00"], second.Sender.Kinds);
    }

    [Fact]
    public async Task SnoozedReminder_IsSentAgainOnceAtTheSnoozeTime()
    {
        await using var rig = await ReminderRig.StartAsync();
        await rig.ImportAsync();
        await rig.TickAtAsync(At(2, 8, 0, 1));
        await rig.UpdateMemberAsync("ann", s => s with { SnoozedKind = ReminderKind.Kickoff, SnoozedUntil = At(2, 9, 0) });

        await rig.TickAtAsync(At(2, 8, 59));
        await rig.TickAtAsync(At(2, 9, 0, 1));
        await rig.TickAtAsync(At(2, 9, 1));

        Assert.Equal(["kickoff@2026-03-02T08:00", "kickoff@2026-03-02T09:00"], rig.Sender.Kinds);
    }

    [Fact]
    public async Task GroupReviewTime_IsTheMembersDefaultUnlessTheySetTheirOwn()
    {
        await using var rig = await ReminderRig.StartAsync();
        await rig.ImportAsync(space: "club", group: true);
        await rig.SendAsync("/remind review sun 10:00", space: "club", group: true);
        await rig.SendAsync("/today", user: "bob", space: "club", group: true);
        await rig.UpdateMemberAsync("bob", s => s with { Schedules = new() { [ReminderKind.Review] = new(new TimeOnly(11, 0), [DayOfWeek.Sunday]) } });

        await rig.TickAtAsync(At(8, 12, 0));

        Assert.Contains("review@2026-03-08T10:00 late", rig.Sender.Kinds);
        Assert.Contains("review@2026-03-08T11:00 late", rig.Sender.Kinds);
        Assert.DoesNotContain(rig.Sender.Kinds, k => k.StartsWith("review@2026-03-08T18:00", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AgendaOff_StopsSlotReminders()
    {
        await using var rig = await ReminderRig.StartAsync();
        await rig.ImportAsync("# Days\n## Mon, 2 Mar 2026\n- 10:00–11:00: Read\n## Tue, 3 Mar 2026\n- 09:00–10:00: Rest\n");
        await rig.SendAsync("/remind agenda off");

        await rig.TickAtAsync(At(2, 10, 0, 1));

        Assert.DoesNotContain(rig.Sender.Kinds, k => k.StartsWith("agenda", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BotRemovedFromAGroup_SendsNothingThereButKeepsPrivateReminders()
    {
        await using var rig = await ReminderRig.StartAsync();
        await rig.ImportAsync(space: "club", group: true);
        await rig.SendAsync("/today", user: "bob", space: "club", group: true);
        await rig.UpdateMemberAsync("bob", s => s with { DeliverHere = true });
        await rig.UpdateSpaceAsync("club", s => s with { BotAbsent = true });

        await rig.TickAtAsync(At(2, 9, 0, 1));

        Assert.Equal(["ann"], rig.Sender.Sent.Select(d => d.Recipient.Name).Distinct());
        Assert.DoesNotContain(rig.Sender.Kinds, k => k.StartsWith("digest", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FinishedOutboxEntries_AreKeptForThirtyDaysThenPruned()
    {
        await using var rig = await ReminderRig.StartAsync();
        await rig.ImportAsync();
        await rig.TickAtAsync(At(2, 8, 0, 1));

        var kickoffDue = At(2, 8, 0);

        await rig.TickAtAsync(kickoffDue.AddDays(30).AddMinutes(-1));
        Assert.Contains(await rig.OutboxAsync(), o => o.LocalOccurrence == "2026-03-02T08:00");
        await rig.TickAtAsync(kickoffDue.AddDays(30).AddMinutes(1));

        var entries = await rig.OutboxAsync();
        Assert.DoesNotContain(entries, o => o.LocalOccurrence == "2026-03-02T08:00");
        Assert.Single(rig.Sender.Sent, d => d.Entry.LocalOccurrence == "2026-03-02T08:00");
    }
}
