namespace RoadmapBot.Core.Reminders.Pacing;

/// <summary>
/// A sliding window: at most <c>limit</c> sends in any <c>length</c> of time. A send occupies its slot from the moment
/// it starts until <c>length</c> after it finished, so the platform, which sees it in between, never counts one too many.
/// </summary>
internal sealed class SendWindow(int limit, TimeSpan length)
{
    private readonly List<Slot> _slots = [];

    public bool IsIdle => _slots.Count == 0;

    /// <summary>When a new send may start: <paramref name="now"/> or later; null while only a running send can free a slot.</summary>
    public DateTimeOffset? FreeAt(DateTimeOffset now)
    {
        _slots.RemoveAll(s => s.EndedAt is { } ended && ended + length <= now);
        if (_slots.Count < limit) return now;
        var expiries = _slots.Where(s => s.EndedAt is not null).Select(s => s.EndedAt!.Value + length).Order().ToList();
        var needed = _slots.Count - limit + 1;
        return expiries.Count >= needed ? expiries[needed - 1] : null;
    }

    public Slot Take()
    {
        var slot = new Slot();
        _slots.Add(slot);
        return slot;
    }

    public sealed class Slot
    {
        public DateTimeOffset? EndedAt { get; set; }
    }
}
