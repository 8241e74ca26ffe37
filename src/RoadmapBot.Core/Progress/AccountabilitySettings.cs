using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoadmapBot.Core.Progress;

/// <summary>
/// How a member's days and numbers count: when their day starts, their rest days, the metrics the group does not
/// see. Stored in <c>Member.Settings</c> beside the reminder settings; each record keeps the other's entries.
/// </summary>
public sealed record AccountabilitySettings
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>When the member's day starts; null means midnight.</summary>
    public TimeOnly? DayStart { get; init; }

    /// <summary>Days that neither break nor extend a streak, in order.</summary>
    public List<DateOnly> RestDays { get; init; } = [];

    /// <summary>Metrics (normalized keys) the member keeps out of group output.</summary>
    public List<string> PrivateMetrics { get; init; } = [];

    /// <summary>Set by /share all off: every metric is private, also those logged or targeted later.</summary>
    public bool HidesAll { get; init; }

    /// <summary>Whether the group must not see <paramref name="metric"/>.</summary>
    public bool Hides(string metric) => HidesAll || PrivateMetrics.Contains(Metrics.Normalize(metric));

    /// <summary>The reminder settings' entries, written back untouched.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Others { get; init; }

    public static AccountabilitySettings Parse(string? json) =>
        string.IsNullOrWhiteSpace(json) ? new() : JsonSerializer.Deserialize<AccountabilitySettings>(json, Json) ?? new();

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}
