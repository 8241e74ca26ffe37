using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace RoadmapBot.Core.Data;

public sealed class RoadmapDbContext(DbContextOptions<RoadmapDbContext> options) : DbContext(options)
{
    public DbSet<Space> Spaces => Set<Space>();
    public DbSet<Member> Members => Set<Member>();
    public DbSet<SpaceRoadmap> Roadmaps => Set<SpaceRoadmap>();
    public DbSet<StoredPhase> Phases => Set<StoredPhase>();
    public DbSet<StoredItem> Items => Set<StoredItem>();
    public DbSet<StoredHabit> Habits => Set<StoredHabit>();
    public DbSet<ItemProgress> Progress => Set<ItemProgress>();
    public DbSet<PlanShift> PlanShifts => Set<PlanShift>();
    public DbSet<KeptAsideProgress> KeptAside => Set<KeptAsideProgress>();
    public DbSet<MetricLog> MetricLogs => Set<MetricLog>();
    public DbSet<HabitCheckIn> CheckIns => Set<HabitCheckIn>();
    public DbSet<CriterionTick> CriterionTicks => Set<CriterionTick>();
    public DbSet<ReviewAnswer> ReviewAnswers => Set<ReviewAnswer>();
    public DbSet<AuditEntry> Audit => Set<AuditEntry>();
    public DbSet<OutboxEntry> Outbox => Set<OutboxEntry>();
    public DbSet<SchedulerLease> SchedulerLeases => Set<SchedulerLease>();
    public DbSet<PlatformState> PlatformStates => Set<PlatformState>();
    public DbSet<HandledUpdate> HandledUpdates => Set<HandledUpdate>();
    public DbSet<InboxEntry> Inbox => Set<InboxEntry>();
    public DbSet<SharedSecret> SharedSecrets => Set<SharedSecret>();
    public DbSet<LinkCode> LinkCodes => Set<LinkCode>();
    public DbSet<LinkAttempt> LinkAttempts => Set<LinkAttempt>();
    public DbSet<BuddyPair> BuddyPairs => Set<BuddyPair>();

    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        builder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        builder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(20);
    }

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<Space>().HasIndex(s => new { s.Platform, s.ExternalId }).IsUnique();
        model.Entity<Member>().HasIndex(m => new { m.SpaceId, m.UserId }).IsUnique();
        model.Entity<Member>().HasOne<Space>().WithMany().HasForeignKey(m => m.SpaceId).OnDelete(DeleteBehavior.Cascade);
        model.Entity<SpaceRoadmap>().HasIndex(r => r.SpaceId).IsUnique();
        // The stamp every command reads (RoadmapStamp.Rows), held by an index: in SQLite the row's columns after the text cost its overflow pages.
        model.Entity<SpaceRoadmap>().HasIndex(r => new { r.SpaceId, r.Id, r.ContentHash, r.StartDate, r.ShiftDays, r.ImportedAt }, SpaceRoadmap.StampIndex);
        model.Entity<SpaceRoadmap>().HasOne<Space>().WithMany().HasForeignKey(r => r.SpaceId).OnDelete(DeleteBehavior.Cascade);
        model.Entity<StoredPhase>().HasIndex(p => new { p.RoadmapId, p.Key }).IsUnique();
        model.Entity<StoredItem>().HasIndex(i => new { i.RoadmapId, i.Key }).IsUnique();
        model.Entity<StoredItem>().HasIndex(i => new { i.RoadmapId, i.CalendarId }).IsUnique();
        // A slot is a time on the plan's own clock, not an instant: PostgreSQL's timestamptz takes it only as UTC and gives it back as it was.
        var planClock = new ValueConverter<DateTime, DateTime>(v => DateTime.SpecifyKind(v, DateTimeKind.Utc), v => DateTime.SpecifyKind(v, DateTimeKind.Unspecified));
        model.Entity<StoredItem>().Property(i => i.Slot).HasConversion(planClock);
        model.Entity<StoredItem>().Property(i => i.SlotEnd).HasConversion(planClock);
        model.Entity<StoredHabit>().HasIndex(h => new { h.RoadmapId, h.Key }).IsUnique();
        foreach (var roadmapPart in new[] { typeof(StoredPhase), typeof(StoredItem), typeof(StoredHabit) })
            model.Entity(roadmapPart).HasOne(typeof(SpaceRoadmap)).WithMany().HasForeignKey("RoadmapId").OnDelete(DeleteBehavior.Cascade);

        model.Entity<ItemProgress>().HasIndex(p => new { p.MemberId, p.ItemKey }).IsUnique();
        model.Entity<PlanShift>().HasIndex(p => new { p.MemberId, p.ItemKey }).IsUnique();
        model.Entity<MetricLog>().HasIndex(l => new { l.MemberId, l.LocalDate });
        model.Entity<HabitCheckIn>().HasIndex(c => new { c.MemberId, c.HabitKey, c.LocalDate }).IsUnique();
        model.Entity<CriterionTick>().HasIndex(t => new { t.MemberId, t.PhaseKey, t.Number }).IsUnique();
        model.Entity<ReviewAnswer>().HasIndex(a => new { a.MemberId, a.WeekStart, a.Question }).IsUnique();
        model.Entity<KeptAsideProgress>().HasIndex(k => new { k.SpaceId, k.MemberId });
        model.Entity<KeptAsideProgress>().HasOne<Space>().WithMany().HasForeignKey(k => k.SpaceId).OnDelete(DeleteBehavior.Cascade);
        foreach (var memberPart in new[] { typeof(ItemProgress), typeof(PlanShift), typeof(KeptAsideProgress), typeof(MetricLog), typeof(HabitCheckIn), typeof(CriterionTick), typeof(ReviewAnswer) })
            model.Entity(memberPart).HasOne(typeof(Member)).WithMany().HasForeignKey("MemberId").OnDelete(DeleteBehavior.Cascade);
        model.Entity<AuditEntry>().HasIndex(a => new { a.MemberId, a.Id });
        model.Entity<OutboxEntry>().HasIndex(o => o.Key).IsUnique();
        model.Entity<OutboxEntry>().HasIndex(o => new { o.State, o.DueAt });
        model.Entity<OutboxEntry>().HasOne<Space>().WithMany().HasForeignKey(o => o.SpaceId).OnDelete(DeleteBehavior.Cascade);
        model.Entity<HandledUpdate>().HasIndex(h => h.At);
        model.Entity<InboxEntry>().HasIndex(e => new { e.HandledAt, e.ReceivedAt });
        model.Entity<InboxEntry>().HasIndex(e => new { e.Lane, e.Sequence });
        model.Entity<SchedulerLease>().HasKey(l => l.Name);
        model.Entity<SchedulerLease>().Property(l => l.Owner).IsConcurrencyToken();
        LinkedIdentitiesModel.Configure(model);
        BuddyPairsModel.Configure(model);
    }
}
