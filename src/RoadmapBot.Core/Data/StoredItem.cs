using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Data;

/// <summary>One roadmap item, flattened: children point to their parent by key.</summary>
public sealed class StoredItem
{
    public long Id { get; set; }
    public long RoadmapId { get; set; }
    public required string Key { get; set; }

    /// <summary>
    /// The item's identity in calendar apps (its events' UID after the member's id): minted when the item first appears and
    /// carried by the item a re-import matches it with, whatever its key becomes. Rows stored before it was kept have
    /// "key@roadmapbot", the whole UID tail their subscriptions already know; a minted one has no domain (the feed adds the host's).
    /// </summary>
    public string CalendarId { get; set; } = "";

    /// <summary>The key the importer gives the item's place when the item kept an older key instead (null: the same as <see cref="Key"/>).</summary>
    public string? ImportKey { get; set; }
    public required string Title { get; set; }
    public required string PhaseKey { get; set; }
    public string? ParentKey { get; set; }
    public int Order { get; set; }
    public ItemKind Kind { get; set; }
    public ItemStatus InitialStatus { get; set; }
    public Priority? Priority { get; set; }
    public double? Hours { get; set; }
    public DateTime? Slot { get; set; }
    public DateTime? SlotEnd { get; set; }
    /// <summary>How long the item takes as written ("(2 weeks)"): /plan start dates such items one after another.</summary>
    public int? DurationDays { get; set; }
    public int? Week { get; set; }
    public int? Day { get; set; }
    public DayOfWeek? Weekday { get; set; }

    /// <summary>The date the item is due, derived from its slot, week, day or phase and the plan's start and shift.</summary>
    public DateOnly? DueDate { get; set; }
    public string? Deliverable { get; set; }
    public string? Outcome { get; set; }
    public List<string> Skills { get; set; } = [];
    public List<string> Links { get; set; } = [];
    public bool PositionalKey { get; set; }
    public int Line { get; set; }

    /// <summary>Where /export md puts the done mark: the item's line (0: none), set at import; null on rows stored before it was kept (then the export reads the source).</summary>
    public int? MarkLine { get; set; }

    /// <summary>For an item in a table cell, the column on <see cref="MarkLine"/> where its text starts.</summary>
    public int? MarkColumn { get; set; }

    /// <summary>A calendar identity no item has had.</summary>
    public static string NewCalendarId() => Guid.NewGuid().ToString("N");

    /// <summary>The calendar identity a row stored before <see cref="CalendarId"/> was kept had: the UID tail made from its key.</summary>
    public static string KeyCalendarId(string key) => key + "@roadmapbot";

    /// <summary>A copy due on <paramref name="due"/> instead: a member's own plan, the stored row untouched.</summary>
    public StoredItem DueOn(DateOnly? due)
    {
        var copy = (StoredItem)MemberwiseClone();
        copy.DueDate = due;
        return copy;
    }
}
