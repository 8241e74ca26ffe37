using RoadmapBot.Core.Data;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Dashboard;

/// <summary>One item as a card: its member's status, and whether its due date has passed while it is still open.</summary>
public sealed record DashboardCard(StoredItem Item, ItemStatus Status, bool Overdue, string? ProofUrl);
