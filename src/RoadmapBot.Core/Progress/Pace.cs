using RoadmapBot.Core.Data;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Progress;

/// <summary>
/// A member's recent pace: items done in the last <see cref="WindowDays"/> days (or since the first one when that is
/// sooner, but over a week at least). The one rule the burn-up's projection and the re-plan both go by.
/// </summary>
public sealed record Pace(int Items, int Days)
{
    public const int WindowDays = 28;
    public const int MinDays = 7;

    /// <summary>Fewer items than this in the window is not enough data to go by.</summary>
    public const int MinItems = 2;

    public double PerDay => Items / (double)Days;

    /// <summary>How many days <paramref name="items"/> take at this pace (at least one).</summary>
    public int DaysFor(int items) => Math.Max(1, (int)Math.Ceiling(items * (double)Days / Items));

    /// <summary>The pace shown by the days items were done; null when there is not enough data yet.</summary>
    public static Pace? Of(IEnumerable<DateOnly> doneDays, DateOnly today)
    {
        var recorded = doneDays.Where(d => d <= today).ToList();
        if (recorded.Count == 0)
            return null;
        var window = Math.Clamp(today.DayNumber - recorded.Min().DayNumber + 1, MinDays, WindowDays);
        var recent = recorded.Count(d => d > today.AddDays(-window));
        return recent < MinItems ? null : new Pace(recent, window);
    }

    /// <summary>
    /// The member's local day each item was marked done in the bot: items done in the file itself (no row, or a row the
    /// import's marks wrote) are where the member began, not their pace.
    /// </summary>
    public static List<DateOnly> DoneDays(RoadmapView view, MemberProgress progress, MemberDay memberDay) =>
        view.Items.Where(i => progress.StatusOf(i) == ItemStatus.Done)
            .Select(i => progress.RowOf(i) is { FromFile: false } row ? memberDay.Of(row.ChangedAt) : (DateOnly?)null)
            .Where(d => d is not null).Select(d => d!.Value).ToList();

    /// <summary>The member's pace on <paramref name="today"/>.</summary>
    public static Pace? Of(RoadmapView view, MemberProgress progress, MemberDay memberDay, DateOnly today) =>
        Of(DoneDays(view, progress, memberDay), today);
}
