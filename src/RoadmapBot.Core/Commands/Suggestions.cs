using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Commands;

public enum SuggestionKind { Items, Metrics, Habits }

/// <summary>One completion: <see cref="Value"/> is what the command receives, <see cref="Label"/> what the member sees.</summary>
public sealed record Suggestion(string Value, string Label);

/// <summary>
/// Completions while a member types a command (Discord autocomplete): item keys and metric or habit names of the space's
/// roadmap matching the last word typed. Read-only; a space or member not seen yet simply gets the roadmap's order.
/// </summary>
public sealed class Suggestions(IDbContextFactory<RoadmapDbContext> contexts, RoadmapCache roadmaps)
{
    public const int Max = 25;
    public const int MaxLength = 100;

    public async Task<IReadOnlyList<Suggestion>> FindAsync(SuggestionKind kind, ChatPlatform platform, string spaceId, string userId, string typed, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var space = await db.Spaces.AsNoTracking().Where(s => s.Platform == platform && s.ExternalId == spaceId)
            .Select(s => new { s.Id, MemberId = db.Members.Where(m => m.SpaceId == s.Id && m.UserId == userId).Select(m => (long?)m.Id).FirstOrDefault() })
            .FirstOrDefaultAsync(ct);
        if (space is null || await roadmaps.GetAsync(db, space.Id, await RoadmapStamp.ReadAsync(db, space.Id, ct), ct) is not { } view)
            return [];
        // Several keys may be typed ("t1 t2"): the last word is completed, the words before it are kept.
        var cut = typed.LastIndexOf(' ') + 1;
        var (head, word) = (typed[..cut], typed[cut..].Trim());
        var found = kind switch
        {
            SuggestionKind.Items => Items(view, space.MemberId is { } id ? await MemberProgress.LoadAsync(db, id, ct) : null, word),
            SuggestionKind.Metrics => Named(Metrics.Of(view).Select(m => (m.Key, m.Title, m.Unit)), word),
            _ => Named(view.Habits.Select(h => (h.Metric, h.Title, h.Unit)), word),
        };
        return found.Select(s => s with { Value = head + s.Value, Label = Fit(s.Label) })
            .Where(s => s.Value.Length <= MaxLength)
            .Take(Max)
            .ToList();
    }

    // Keys starting with the word first, then titles containing it; items still open before done or skipped ones.
    private static IEnumerable<Suggestion> Items(RoadmapView view, MemberProgress? progress, string word) =>
        view.Items
            .Select(i => (Item: i, Rank: i.Key.StartsWith(word, StringComparison.OrdinalIgnoreCase) ? 0 : i.Title.Contains(word, StringComparison.OrdinalIgnoreCase) ? 1 : 2))
            .Where(x => x.Rank < 2)
            .OrderBy(x => x.Rank)
            .ThenBy(x => progress?.StatusOf(x.Item) is ItemStatus.Done or ItemStatus.Skipped ? 1 : 0)
            .Select(x => new Suggestion(x.Item.Key, $"{x.Item.Key} — {x.Item.Title}"));

    private static IEnumerable<Suggestion> Named(IEnumerable<(string Name, string Title, string Unit)> names, string word)
    {
        var typed = Metrics.Normalize(word);
        return names
            .Where(n => Metrics.Normalize(n.Name).StartsWith(typed, StringComparison.Ordinal) || Metrics.Normalize(n.Title).Contains(typed, StringComparison.Ordinal))
            .DistinctBy(n => Metrics.Normalize(n.Name))
            .Select(n => new Suggestion(n.Name, n.Unit.Length == 0 ? $"{n.Name} — {n.Title}" : $"{n.Name} — {n.Title} ({n.Unit})"));
    }

    private static string Fit(string label) => label.Length <= MaxLength ? label : label[..(MaxLength - 1)] + "…";
}
