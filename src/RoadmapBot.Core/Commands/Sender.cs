using RoadmapBot.Core.Data;
using RoadmapBot.Core.Progress;

namespace RoadmapBot.Core.Commands;

/// <summary>Who sent a message, where, and what the one read that found them also told (<see cref="MemberDirectory.EnsureAsync"/>).</summary>
public sealed record Sender
{
    public required Space Space { get; init; }
    public required Member Member { get; init; }

    /// <summary>The space's roadmap as the command started; null when there was none.</summary>
    public required RoadmapStamp? Roadmap { get; init; }

    /// <summary>False only when the member had no re-planned dates of their own as the command started (so none need reading).</summary>
    public bool PlanShifted { get; init; } = true;

    /// <summary>Whether the message's delivery key was already handled; null when the read could not tell (no key, or a new space).</summary>
    public bool? Handled { get; init; }

    public void Deconstruct(out Space space, out Member member, out RoadmapStamp? roadmap) => (space, member, roadmap) = (Space, Member, Roadmap);
}
