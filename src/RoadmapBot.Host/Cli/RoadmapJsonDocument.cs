using System.Text.Json.Serialization;
using RoadmapBot.Core.Import;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Host.Cli;

// The shape of `import --json`, property for property in the order written; enums are written as their camelCase names.

internal sealed record RoadmapJsonDocument(
    string Title, int ItemCount, IReadOnlyList<PhaseJson> Phases, IReadOnlyList<Habit> Habits, IReadOnlyList<WeeklyTarget> WeeklyTargets,
    IReadOnlyList<BusyWindowJson> BusyWindows, IReadOnlyList<WeekdayThemeJson> WeekdayThemes, IReadOnlyList<string> ReviewQuestions,
    IReadOnlyList<string> WeeklyChecklist, IReadOnlyList<string> DefinitionOfDone, IReadOnlyList<string> Skills,
    IReadOnlyList<string> BehindScheduleAdvice, IReadOnlyList<SectionJson> Sections, IReadOnlyList<ImportWarning> Warnings);

internal sealed record PhaseJson(
    string Key, string Title, DateOnly? Start, DateOnly? End, int? FirstWeek, int? LastWeek, int? DurationDays, int Line,
    IReadOnlyList<string> ExitCriteria, IReadOnlyList<ItemJson> Items);

internal sealed record ItemJson(
    string Key, string Title, string Kind, string Status, string? Priority, double? Hours, int? DurationDays, string? Due, string? End,
    int? Week, int? Day, string? Weekday, IReadOnlyList<string> Skills, int Line, string? Description, string? Deliverable, string? Proof,
    string? Outcome, string? Notes, IReadOnlyList<ResourceLink> Links, string? ParentKey, bool PositionalKey, IReadOnlyList<ItemJson> Items);

internal sealed record BusyWindowJson(string Start, string End, IReadOnlyList<string> Days);

internal sealed record WeekdayThemeJson(IReadOnlyList<string> Days, string Title, string? Detail);

internal sealed record SectionJson(string Title, int Line, string Role, string Reason, int ItemCount);

/// <summary>Metadata generated at build time (and precompiled with the program): a one-shot import pays no reflection serializer.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(RoadmapJsonDocument))]
internal sealed partial class RoadmapJsonContext : JsonSerializerContext;
