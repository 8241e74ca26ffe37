using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoadmapBot.Core.Dashboard;

/// <summary>
/// A member's link generations, in <c>Member.Settings</c> beside the other settings (whose entries it writes back untouched):
/// "/dashboard off" and "/calendar off" bump one, and every link made before no longer opens.
/// </summary>
public sealed record LinkSettings
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public int DashboardGeneration { get; init; }
    public int CalendarGeneration { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Others { get; init; }

    public int GenerationOf(LinkKind kind) => kind == LinkKind.Dashboard ? DashboardGeneration : CalendarGeneration;

    public LinkSettings Revoke(LinkKind kind) => kind == LinkKind.Dashboard
        ? this with { DashboardGeneration = DashboardGeneration + 1 }
        : this with { CalendarGeneration = CalendarGeneration + 1 };

    public static LinkSettings Parse(string? json) =>
        string.IsNullOrWhiteSpace(json) ? new() : JsonSerializer.Deserialize<LinkSettings>(json, Json) ?? new();

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}
