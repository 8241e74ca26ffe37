using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoadmapBot.Core.Commands.Plain;

/// <summary>
/// The actions read from a member's last uncertain message, waiting for their /yes. Stored in <c>Member.Settings</c> beside
/// the other settings records, whose entries it keeps.
/// </summary>
public sealed record PlainPending
{
    /// <summary>How long a reading waits for its yes: a tap a day later is no answer to it.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public List<string>? PendingActions { get; init; }
    public DateTimeOffset? PendingSince { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Others { get; init; }

    public static PlainPending Parse(string? json) =>
        string.IsNullOrWhiteSpace(json) ? new() : JsonSerializer.Deserialize<PlainPending>(json, Json) ?? new();

    /// <summary>The waiting actions, when they are still fresh at <paramref name="now"/>.</summary>
    public IReadOnlyList<string> Fresh(DateTimeOffset now) =>
        PendingActions is { Count: > 0 } actions && PendingSince is { } since && now - since <= Lifetime ? actions : [];

    public string ToJson() => JsonSerializer.Serialize(this, new JsonSerializerOptions(Json) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull });
}
