using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using RoadmapBot.Core.Import;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Host.Cli;

/// <summary>The JSON document of <c>import --json</c>: camelCase, one object, dates as ISO strings, enums as camelCase names.</summary>
/// <remarks>Written by hand on a <see cref="Utf8JsonWriter"/>: a serializer builds a converter per nullable value type at
/// run time, about a hundred methods compiled on every one-shot import (issue 20); these calls are precompiled.</remarks>
public static class RoadmapJson
{
    // Text as written, not \u-escaped.
    private static readonly JsonWriterOptions Writing = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize(ImportResult result)
    {
        var r = result.Roadmap;
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, Writing))
        {
            w.WriteStartObject();
            w.WriteString("title", r.Title);
            w.WriteNumber("itemCount", result.ItemCount);
            Objects(w, "phases", r.Phases, Phase);
            Objects(w, "habits", r.Habits, Habit);
            Objects(w, "weeklyTargets", r.WeeklyTargets, Target);
            Objects(w, "busyWindows", r.BusyWindows, Busy);
            Objects(w, "weekdayThemes", r.WeekdayThemes, Theme);
            Strings(w, "reviewQuestions", r.ReviewQuestions);
            Strings(w, "weeklyChecklist", r.WeeklyChecklist);
            Strings(w, "definitionOfDone", r.DefinitionOfDone);
            Strings(w, "skills", r.Skills);
            Strings(w, "behindScheduleAdvice", r.BehindScheduleAdvice);
            Objects(w, "sections", result.Sections, Section);
            Objects(w, "warnings", result.Warnings, Warning);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Phase(Utf8JsonWriter w, Phase p)
    {
        w.WriteString("key", p.Key);
        w.WriteString("title", p.Title);
        Date(w, "start", p.Start);
        Date(w, "end", p.End);
        Number(w, "firstWeek", p.FirstWeek);
        Number(w, "lastWeek", p.LastWeek);
        Number(w, "durationDays", p.DurationDays);
        w.WriteNumber("line", p.Line);
        Strings(w, "exitCriteria", p.ExitCriteria);
        Objects(w, "items", p.Items, Item);
    }

    private static void Item(Utf8JsonWriter w, Item i)
    {
        w.WriteString("key", i.Key);
        w.WriteString("title", i.Title);
        w.WriteString("kind", Name(i.Kind));
        w.WriteString("status", Name(i.Status));
        w.WriteString("priority", i.Priority is { } p ? Name(p) : null);
        if (i.Hours is { } hours) w.WriteNumber("hours", hours); else w.WriteNull("hours");
        Number(w, "durationDays", i.DurationDays);
        w.WriteString("due", Stamp(i.Due));
        w.WriteString("end", Stamp(i.End));
        Number(w, "week", i.Week);
        Number(w, "day", i.Day);
        w.WriteString("weekday", i.Weekday is { } d ? Name(d) : null);
        Strings(w, "skills", i.Skills);
        w.WriteNumber("line", i.Line);
        w.WriteString("description", i.Description);
        w.WriteString("deliverable", i.Deliverable);
        w.WriteString("proof", i.Proof);
        w.WriteString("outcome", i.Outcome);
        w.WriteString("notes", i.Notes);
        Objects(w, "links", i.Links, static (w, l) => { w.WriteString("title", l.Title); w.WriteString("url", l.Url); });
        w.WriteString("parentKey", i.ParentKey);
        w.WriteBoolean("positionalKey", i.PositionalKey);
        Objects(w, "items", i.Items, Item);
    }

    private static void Habit(Utf8JsonWriter w, Habit h)
    {
        w.WriteString("key", h.Key);
        w.WriteString("title", h.Title);
        w.WriteString("metric", h.Metric);
        if (h.Target is { } target) w.WriteNumber("target", target); else w.WriteNull("target");
        w.WriteString("unit", h.Unit);
        w.WriteString("period", h.Period);
    }

    private static void Target(Utf8JsonWriter w, WeeklyTarget t)
    {
        w.WriteString("metric", t.Metric);
        w.WriteString("title", t.Title);
        w.WriteNumber("target", t.Target);
        w.WriteString("unit", t.Unit);
        w.WriteString("phaseKey", t.PhaseKey);
    }

    private static void Busy(Utf8JsonWriter w, BusyWindow b)
    {
        w.WriteString("start", Time(b.Start));
        w.WriteString("end", Time(b.End));
        Days(w, b.Days);
    }

    private static void Theme(Utf8JsonWriter w, WeekdayTheme t)
    {
        Days(w, t.Days);
        w.WriteString("title", t.Title);
        w.WriteString("detail", t.Detail);
    }

    private static void Section(Utf8JsonWriter w, ImportSection s)
    {
        w.WriteString("title", s.Title);
        w.WriteNumber("line", s.Line);
        w.WriteString("role", Name(s.Role));
        w.WriteString("reason", s.Reason);
        w.WriteNumber("itemCount", s.ItemCount);
    }

    private static void Warning(Utf8JsonWriter w, ImportWarning warning)
    {
        w.WriteNumber("line", warning.Line);
        w.WriteString("message", warning.Message);
    }

    private static void Objects<T>(Utf8JsonWriter w, string name, IEnumerable<T> values, Action<Utf8JsonWriter, T> properties) where T : class
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStartObject();
            properties(w, value);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values) w.WriteStringValue(value);
        w.WriteEndArray();
    }

    private static void Days(Utf8JsonWriter w, IEnumerable<DayOfWeek> days)
    {
        w.WriteStartArray("days");
        foreach (var day in days) w.WriteStringValue(Name(day));
        w.WriteEndArray();
    }

    private static void Number(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } number) w.WriteNumber(name, number);
        else w.WriteNull(name);
    }

    private static void Date(Utf8JsonWriter w, string name, DateOnly? value) =>
        w.WriteString(name, value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    // What JsonStringEnumConverter with the camelCase policy wrote; not generic, so no copy is compiled per enum at run time.
    private static string Name(Enum value) => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static string? Stamp(DateTime? at) => at?.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    private static string Time(TimeOnly t) => t.ToString("HH:mm", CultureInfo.InvariantCulture);
}
