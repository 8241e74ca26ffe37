using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Import;

/// <summary>Where an item's done mark goes in its source: a whole line (a checkbox, bullet or slot), or a table cell's text on a line.</summary>
public readonly record struct MarkPlace(int Line, int? Column)
{
    /// <summary>The item's place as the importer found it; null for an item without a line of its own.</summary>
    public static MarkPlace? Of(Item item) =>
        item.Line <= 0 ? null : item.CellStart is { } cell ? new MarkPlace(cell.Line, cell.Column) : new MarkPlace(item.Line, null);
}
