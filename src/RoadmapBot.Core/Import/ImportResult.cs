using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Import;

/// <summary>What the importer understood, and what it skipped with the line it skipped.</summary>
public sealed record ImportResult(Roadmap Roadmap, IReadOnlyList<ImportWarning> Warnings)
{
    public int ItemCount => Roadmap.AllItems().Count();
    public bool HasTasks => Roadmap.Phases.Any(p => p.Items.Count > 0);

    /// <summary>The document's outline as read: each heading's section, plan or reference, with its item count.</summary>
    public IReadOnlyList<ImportSection> Sections { get; init; } = [];

    public IEnumerable<ImportSection> ReferenceSections => Sections.Where(s => s.Role == SectionRole.Reference);
}

/// <summary>One heading of the document and how it was read; <see cref="Line"/> is one-based.</summary>
public sealed record ImportSection(string Title, int Line, int Level, SectionRole Role, string Reason, int ItemCount);

/// <summary>A note about the document; <see cref="Line"/> is one-based, 0 for the whole document.</summary>
public sealed record ImportWarning(int Line, string Message);

/// <summary>The document cannot be imported at all (too large, not text).</summary>
public sealed class RoadmapRejectedException(string message) : Exception(message);
