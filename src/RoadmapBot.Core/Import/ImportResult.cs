using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Import;

/// <summary>What the importer understood, and what it skipped with the line it skipped.</summary>
public sealed record ImportResult(Roadmap Roadmap, IReadOnlyList<ImportWarning> Warnings)
{
    public int ItemCount => Roadmap.AllItems().Count();
    public bool HasTasks => Roadmap.Phases.Any(p => p.Items.Count > 0);
}

/// <summary>A note about the document; <see cref="Line"/> is one-based, 0 for the whole document.</summary>
public sealed record ImportWarning(int Line, string Message);

/// <summary>The document cannot be imported at all (too large, not text).</summary>
public sealed class RoadmapRejectedException(string message) : Exception(message);
