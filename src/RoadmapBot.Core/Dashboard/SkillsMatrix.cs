using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Dashboard;

/// <summary>Skills against status: per skill the items done, open and skipped, and hours done of planned; most items first.</summary>
public sealed record SkillsMatrix(IReadOnlyList<SkillRow> Rows)
{
    public static SkillsMatrix Build(DashboardSnapshot snapshot, DashboardFilter filter)
    {
        var rows = snapshot.Cards(filter)
            .SelectMany(c => c.Item.Skills.Distinct(StringComparer.OrdinalIgnoreCase).Select(s => (Skill: s.ToLowerInvariant(), Card: c)))
            .GroupBy(x => x.Skill)
            .Select(g => new SkillRow(
                g.Key,
                g.Count(x => x.Card.Status == ItemStatus.Done),
                g.Count(x => x.Card.Status is not (ItemStatus.Done or ItemStatus.Skipped)),
                g.Count(x => x.Card.Status == ItemStatus.Skipped),
                g.Where(x => x.Card.Status == ItemStatus.Done).Sum(x => x.Card.Item.Hours ?? 0),
                g.Where(x => x.Card.Status != ItemStatus.Skipped).Sum(x => x.Card.Item.Hours ?? 0)))
            .OrderByDescending(r => r.Done + r.Open + r.Skipped).ThenBy(r => r.Skill, StringComparer.Ordinal)
            .ToList();
        return new SkillsMatrix(rows);
    }
}

public sealed record SkillRow(string Skill, int Done, int Open, int Skipped, double HoursDone, double HoursPlanned)
{
    public int Percent => Progress.Show.Percent(Done, Done + Open);
}
