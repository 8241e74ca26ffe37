using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Import;
using RoadmapBot.Core.Roadmaps;
using RoadmapBot.Core.Storing;

namespace RoadmapBot.Core.Commands;

/// <summary>/import include N, /import exclude N, /import outline: the member moves a section between plan and reference.</summary>
public static class ImportSectionChoice
{
    public static IReadOnlyList<SectionChoice> ChoicesOf(SpaceRoadmap? roadmap) =>
        roadmap is null ? [] : RoadmapExtras.Parse(roadmap.Extras).SectionChoices;

    /// <summary>The day the roadmap in use was read, whose year its dates without one took: read again, they keep it.</summary>
    public static DateOnly ImportDate(DateTimeOffset importedAt) => DateOnly.FromDateTime(importedAt.UtcDateTime);

    /// <summary>The outline from section <paramref name="from"/> on, 60 sections at a time.</summary>
    public static ChatReply Outline(SpaceRoadmap? existing, int from = 1)
    {
        if (existing is null)
            return Replies.NoRoadmap;
        var reply = new ReplyBuilder();
        ImportOutline.Add(reply, RoadmapImporter.Import(existing.PendingSource ?? existing.Source, ChoicesOf(existing), ImportDate(existing.ImportedAt)), shown: 60, from);
        return reply.IsEmpty ? ChatReply.Text("The roadmap has no headings, so there are no sections to choose.") : reply.Build();
    }

    public static async Task<ChatReply> ApplyAsync(CommandContext context, SpaceRoadmap? existing, bool plan, string target)
    {
        if (existing is null)
            return Replies.NoRoadmap;
        var source = existing.PendingSource ?? existing.Source;
        var choices = ChoicesOf(existing);
        var sections = RoadmapImporter.Import(source, choices, context.Today).Sections;
        if (Find(sections, target) is not { } section)
            return ChatReply.Refusal(int.TryParse(target, out var n)
                ? $"There is no section {n}: the outline numbers them 1–{sections.Count} (/import outline shows it)."
                : $"No section is headed '{target}' (/import outline lists them).");
        var chosen = choices.Where(c => !string.Equals(c.Heading, section.Title, StringComparison.OrdinalIgnoreCase)).Append(new SectionChoice(section.Title, plan)).ToList();
        var result = RoadmapImporter.Import(source, chosen, context.Today);
        if (!result.HasTasks)
            return ChatReply.Refusal($"Reading '{section.Title}' as {(plan ? "plan" : "reference")} would leave no tasks; nothing changed.");
        var what = $"'{section.Title}' is now read as {(plan ? "plan" : "reference")}";
        var reply = new ReplyBuilder();
        if (existing.PendingSource is not null)
        {
            // The waiting replacement is read with the choice when confirmed; the roadmap in use stays as it is until then.
            existing.Extras = (RoadmapExtras.Parse(existing.Extras) with { SectionChoices = chosen }).ToJson();
            await context.SaveAsync();
            reply.Line($"{what} in the waiting replacement ({Quantity.Of(result.ItemCount, "item")}). Apply with ", Span.Code("/import confirm"), ".");
        }
        else
        {
            var replaced = await RoadmapStore.ReplaceAsync(context.Db, existing, context.Member.Id, result.Roadmap, source, context.Now, context.CancellationToken);
            await ImportSnapshot.ExpireAsync(context.Db, context.Space.Id, context.Now, context.CancellationToken);
            context.Audit(AuditKind.Roadmap, replaced.Snapshot);
            await context.SaveAsync();
            reply.Line($"{what}: {Quantity.Of(result.Roadmap.Phases.Count, "phase")}, {Quantity.Of(result.ItemCount, "item")} ({replaced.Diff.Added.Count} added, {replaced.Diff.Removed.Count} removed). Later imports of this roadmap keep the choice.");
        }
        ImportOutline.Add(reply, result);
        return reply.Build();
    }

    // By the number the outline shows, else by the heading's text (exact, then contained).
    private static ImportSection? Find(IReadOnlyList<ImportSection> sections, string target)
    {
        if (int.TryParse(target, out var n))
            return n >= 1 && n <= sections.Count ? sections[n - 1] : null;
        var text = target.Trim();
        return sections.FirstOrDefault(s => string.Equals(s.Title, text, StringComparison.OrdinalIgnoreCase))
            ?? sections.FirstOrDefault(s => s.Title.Contains(text, StringComparison.OrdinalIgnoreCase));
    }
}
