namespace RoadmapBot.Core.Dashboard;

/// <summary>What a signed link opens: the dashboard (valid 7 days) or the calendar feed (valid until revoked).</summary>
public enum LinkKind { Dashboard, Calendar }
