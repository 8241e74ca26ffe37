using RoadmapBot.Core.Data;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Progress;

public static class Weeks
{
    /// <summary>Weeks run Monday to Sunday.</summary>
    public static DateOnly Start(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>
    /// The unfinished items the week before <paramref name="weekStart"/> hands on to it: due that week, or marked doing
    /// before the new week began, and neither done nor skipped.
    /// </summary>
    public static IReadOnlyList<StoredItem> CarriedInto(RoadmapView view, MemberProgress progress, MemberDay memberDay, DateOnly weekStart) =>
        view.Items.Where(i => progress.StatusOf(i) switch
        {
            ItemStatus.Done or ItemStatus.Skipped => false,
            ItemStatus.Doing when progress.RowOf(i) is not { } row || memberDay.Of(row.ChangedAt) < weekStart => true,
            _ => i.DueDate >= weekStart.AddDays(-7) && i.DueDate < weekStart,
        }).ToList();

    /// <summary>Items the member marked done in the bot between two of their days (inclusive); as for the pace, a file's ticks are where they began.</summary>
    public static int ItemsDone(RoadmapView view, MemberProgress progress, MemberDay memberDay, DateOnly from, DateOnly to) =>
        Pace.DoneDays(view, progress, memberDay).Count(day => day >= from && day <= to);
}
