using System.Globalization;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Dashboard;

/// <summary>
/// The URL's filters (?phase=ph2&amp;status=doing&amp;skill=sql&amp;priority=high&amp;due=overdue|week|YYYY-MM), so a view can be
/// bookmarked; an unknown value is ignored rather than refused (a bookmark outlives a re-import).
/// </summary>
public sealed record DashboardFilter(string? Phase, ItemStatus? Status, string? Skill, Priority? Priority, string? Due)
{
    public static DashboardFilter None { get; } = new(null, null, null, null, null);

    public bool IsEmpty => this == None;

    public static DashboardFilter Parse(Func<string, string?> query)
    {
        static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim()[..Math.Min(value.Trim().Length, 60)];
        // By name only: "?status=2" is not a status.
        T? Named<T>(string key) where T : struct, Enum =>
            Enum.TryParse<T>(Clean(query(key)), true, out var value) && Enum.IsDefined(value) && !int.TryParse(query(key), out _) ? value : null;
        return new DashboardFilter(
            Clean(query("phase")),
            Named<ItemStatus>("status"),
            Clean(query("skill")),
            Named<Priority>("priority"),
            Clean(query("due")) is { } due && (due is "overdue" or "week" || DateOnly.TryParseExact(due + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)) ? due : null);
    }

    public bool Keeps(StoredItem item, ItemStatus status, DateOnly today) =>
        (Phase is null || item.PhaseKey.Equals(Phase, StringComparison.OrdinalIgnoreCase))
        && (Status is null || status == Status)
        && (Skill is null || item.Skills.Any(s => s.Equals(Skill, StringComparison.OrdinalIgnoreCase)))
        && (Priority is null || item.Priority == Priority)
        && (Due is null || KeepsDue(item.DueDate, status, today));

    private bool KeepsDue(DateOnly? due, ItemStatus status, DateOnly today) => due is { } date && Due switch
    {
        "overdue" => date < today && status is not (ItemStatus.Done or ItemStatus.Skipped),
        "week" => date >= today && date <= today.AddDays(7),
        _ => date.ToString("yyyy-MM", CultureInfo.InvariantCulture) == Due,
    };

    /// <summary>The filters as a query string ("?phase=ph2&amp;status=doing"), empty when none.</summary>
    public string ToQuery()
    {
        var parts = new List<string>();
        if (Phase is not null) parts.Add("phase=" + Uri.EscapeDataString(Phase));
        if (Status is { } s) parts.Add("status=" + s.ToString().ToLowerInvariant());
        if (Skill is not null) parts.Add("skill=" + Uri.EscapeDataString(Skill));
        if (Priority is { } p) parts.Add("priority=" + p.ToString().ToLowerInvariant());
        if (Due is not null) parts.Add("due=" + Uri.EscapeDataString(Due));
        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }
}
