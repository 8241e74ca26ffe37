using RoadmapBot.Core.Data;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Progress;

public static class Weeks
{
    /// <summary>Weeks run Monday to Sunday.</summary>
    public static DateOnly Start(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>Items the member marked done between two of their days (inclusive).</summary>
    public static int ItemsDone(RoadmapView view, MemberProgress progress, MemberDay memberDay, DateOnly from, DateOnly to) =>
        view.Items.Count(i => progress.RowOf(i) is { Status: ItemStatus.Done } row && memberDay.Of(row.ChangedAt) is var day && day >= from && day <= to);
}
