using Markdig.Syntax;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Import;

/// <summary>Applies "**Priority:** 🔴 HIGH"-style property lines to the item they follow (seed 000's Notion properties).</summary>
internal static class ItemFields
{
    // Each label as written ("Priority", "PRIORITY") to the one it is matched as, without lower-casing every label read.
    private static readonly Dictionary<string, string> Known = new[]
    {
        "priority", "hours", "estimated hours", "estimate", "effort", "deliverable", "deliverables", "proof",
        "skills", "tags", "due", "due date", "deadline", "outcome", "notes", "status",
    }.ToDictionary(l => l, StringComparer.OrdinalIgnoreCase);

    public static bool IsField(string? label) => label is not null && Known.ContainsKey(label);

    // What a task is learnt from, not a task: "Book: …", "**Video:** [link]".
    private static readonly HashSet<string> References = new(StringComparer.OrdinalIgnoreCase)
    {
        "book", "books", "video", "videos", "youtube", "resource", "resources", "course resource", "link", "links", "docs",
        "documentation", "article", "articles", "reference", "references", "website", "playlist", "podcast", "cheat sheet",
        "libro", "livro", "vídeo", "recurso", "recursos", "buch", "livre", "ressource", "ressources", "ресурс", "ресурсы", "книга",
    };

    /// <summary>The entry's label when it names a resource, bold ("**Video:**") or plain ("Book: …"); null for any other entry.</summary>
    public static string? ReferenceLabel(string? label, string value)
    {
        if (label is not null) return References.Contains(label) ? label : null;
        var colon = value.IndexOf(':');
        return colon is > 0 and <= 20 && value[..colon].Trim() is var plain && References.Contains(plain) ? plain : null;
    }

    /// <summary>Applies a known field; returns false for labels that are not item properties.</summary>
    public static bool TryApply(ItemDraft item, string label, string value, ListItemBlock line, int lineNumber, List<ImportWarning> warnings)
    {
        switch (Known.GetValueOrDefault(label))
        {
            case "priority":
                item.Priority = ParsePriority(value);
                if (item.Priority is null) warnings.Add(new(lineNumber, $"Priority '{value}' is not high, medium or low; left empty."));
                return true;
            case "hours" or "estimated hours" or "estimate" or "effort":
                item.Hours = TextPatterns.Number(value);
                if (item.Hours is null) warnings.Add(new(lineNumber, $"Hours '{value}' is not a number; left empty."));
                return true;
            case "deliverable" or "deliverables":
                item.Deliverable = value.Length > 0 ? value : string.Join("; ", NestedTexts(line));
                return true;
            case "proof":
                item.Proof = value;
                return true;
            case "skills" or "tags":
                // Split in place: the skills are kept, the array of them would not be.
                foreach (var range in value.AsSpan().Split(','))
                    if (value.AsSpan(range).Trim() is { Length: > 0 } skill) item.Skills.Add(skill.ToString().ToLowerInvariant());
                return true;
            case "due" or "due date" or "deadline":
                item.Date = TextPatterns.FindDate(value);
                if (item.Date is null) warnings.Add(new(lineNumber, $"Due date '{value}' is not a date; left empty."));
                return true;
            case "outcome":
                item.Outcome = value;
                return true;
            case "notes":
                item.Notes = value;
                return true;
            case "status":
                item.Status = ParseStatus(value) ?? item.Status;
                return true;
            default:
                return false;
        }
    }

    public static Priority? ParsePriority(string value)
    {
        if (value.Contains("🔴")) return Priority.High;
        if (value.Contains("🟡")) return Priority.Medium;
        if (value.Contains("🟢")) return Priority.Low;
        var word = value.Split([' ', '(', ')', ',', ':'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() is { } first
            ? TextPatterns.AsciiLower(first)
            : null;
        return word switch
        {
            "high" or "p1" or "critical" => Priority.High,
            "medium" or "med" or "p2" or "normal" => Priority.Medium,
            "low" or "p3" => Priority.Low,
            _ => null,
        };
    }

    /// <summary>A status written as a word, in the languages of the plan words ("Done", "Complete", "Em andamento").</summary>
    internal static ItemStatus? ParseStatus(string value)
    {
        var v = value.ToLowerInvariant();
        if (v.Contains("not started") || v.Contains("incomplete") || v.Contains("unfinished") || v.Contains("todo") || v.Contains("não iniciado") || v.Contains("no iniciado")
            || v.Contains("planned") || v.Contains("pending") || v.Contains("pendente") || v.Contains("pendiente") || v.Contains("☐") || v.Contains("⬜") || v.Contains("예정"))
            return ItemStatus.Todo;
        if (v.Contains("complete") || v.Contains("done") || v.Contains("finished") || v.Contains("✅") || v.Contains("✔") || v.Contains("conclu") || v.Contains("feito") || v.Contains("hecho")
            || v.Contains("terminad") || v.Contains("erledigt") || v.Contains("terminé") || v.Contains("готов") || v.Contains("完成") || v.Contains("완료")) return ItemStatus.Done;
        if (v.Contains("progress") || v.Contains("doing") || v.Contains("running") || v.Contains("ongoing") || v == "wip" || v.Contains("andamento") || v.Contains("en curso") || v.Contains("en cours")
            || v.Contains("в процессе") || v.Contains("进行") || v.Contains("진행") || v.Contains("🔄") || v.Contains("🚧")) return ItemStatus.Doing;
        if (v.Contains("blocked")) return ItemStatus.Blocked;
        if (v.Contains("skip")) return ItemStatus.Skipped;
        return null;
    }

    private static IEnumerable<string> NestedTexts(ListItemBlock line) =>
        line.OfType<ListBlock>().SelectMany(l => l.OfType<ListItemBlock>())
            .Select(li => InlineText.Of(li.FirstOrDefault() as ParagraphBlock))
            .Where(t => t.Length > 0);
}
