using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using RoadmapBot.Core.Import;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Host.Cli;

/// <summary>The JSON document of <c>import --json</c>: camelCase, one object, dates as ISO strings, enums as camelCase names.</summary>
public static class RoadmapJson
{
    // Text as written, not \u-escaped: the writer's setting, so the generated serialization code (no metadata) writes it.
    private static readonly JsonWriterOptions Writing = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize(ImportResult result)
    {
        var r = result.Roadmap;
        var document = new RoadmapJsonDocument(
            r.Title, result.ItemCount,
            [.. r.Phases.Select(p => new PhaseJson(p.Key, p.Title, p.Start, p.End, p.FirstWeek, p.LastWeek, p.DurationDays, p.Line, p.ExitCriteria,
                [.. p.Items.Select(ItemOf)]))],
            r.Habits, r.WeeklyTargets,
            [.. r.BusyWindows.Select(b => new BusyWindowJson(Time(b.Start), Time(b.End), [.. b.Days.Select(Name)]))],
            [.. r.WeekdayThemes.Select(t => new WeekdayThemeJson([.. t.Days.Select(Name)], t.Title, t.Detail))],
            r.ReviewQuestions, r.WeeklyChecklist, r.DefinitionOfDone, r.Skills, r.BehindScheduleAdvice,
            [.. result.Sections.Select(s => new SectionJson(s.Title, s.Line, Name(s.Role), s.Reason, s.ItemCount))],
            result.Warnings);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Writing))
            JsonSerializer.Serialize(writer, document, RoadmapJsonContext.Default.RoadmapJsonDocument);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static ItemJson ItemOf(Item i) => new(
        i.Key, i.Title, Name(i.Kind), Name(i.Status), i.Priority is { } p ? Name(p) : null, i.Hours, i.DurationDays, Stamp(i.Due), Stamp(i.End),
        i.Week, i.Day, i.Weekday is { } d ? Name(d) : null, i.Skills, i.Line, i.Description, i.Deliverable, i.Proof, i.Outcome, i.Notes, i.Links,
        i.ParentKey, i.PositionalKey, [.. i.Items.Select(ItemOf)]);

    // What JsonStringEnumConverter with the camelCase policy wrote, without its converter generated per enum at run time.
    private static string Name<T>(T value) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static string? Stamp(DateTime? at) => at?.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    private static string Time(TimeOnly t) => t.ToString("HH:mm", CultureInfo.InvariantCulture);
}
