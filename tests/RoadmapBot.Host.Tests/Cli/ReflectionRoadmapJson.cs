using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using RoadmapBot.Core.Import;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Host.Tests.Cli;

/// <summary>
/// <c>import --json</c> as it was written before issue 20: System.Text.Json's reflection serializer over anonymous types.
/// Kept as the oracle: <see cref="RoadmapBot.Host.Cli.RoadmapJson"/> must write the same bytes.
/// </summary>
internal static class ReflectionRoadmapJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Serialize(ImportResult result)
    {
        var r = result.Roadmap;
        return JsonSerializer.Serialize(new
        {
            r.Title,
            ItemCount = result.ItemCount,
            Phases = r.Phases.Select(p => new
            {
                p.Key, p.Title, p.Start, p.End, p.FirstWeek, p.LastWeek, p.DurationDays, p.Line, p.ExitCriteria,
                Items = p.Items.Select(ItemJson),
            }),
            r.Habits,
            r.WeeklyTargets,
            BusyWindows = r.BusyWindows.Select(b => new { Start = Time(b.Start), End = Time(b.End), b.Days }),
            r.WeekdayThemes,
            r.ReviewQuestions,
            r.WeeklyChecklist,
            r.DefinitionOfDone,
            r.Skills,
            r.BehindScheduleAdvice,
            Sections = result.Sections.Select(s => new { s.Title, s.Line, s.Role, s.Reason, s.ItemCount }),
            result.Warnings,
        }, Options);
    }

    private static object ItemJson(Item i) => new
    {
        i.Key, i.Title, i.Kind, i.Status, i.Priority, i.Hours, i.DurationDays,
        Due = Stamp(i.Due), End = Stamp(i.End), i.Week, i.Day, i.Weekday,
        i.Skills, i.Line, i.Description, i.Deliverable, i.Proof, i.Outcome, i.Notes, i.Links, i.ParentKey, i.PositionalKey,
        Items = i.Items.Select(ItemJson),
    };

    private static string? Stamp(DateTime? at) => at?.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    private static string Time(TimeOnly t) => t.ToString("HH:mm", CultureInfo.InvariantCulture);
}
