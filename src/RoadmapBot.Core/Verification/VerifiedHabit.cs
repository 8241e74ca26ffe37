using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoadmapBot.Core.Verification;

/// <summary>A daily habit tied to an account that proves it: /verify commits github NAME.</summary>
public sealed record VerifiedHabit(string Metric, string Source, string Account);

/// <summary>The member's verified habit, stored in <c>Member.Settings</c> beside the other settings (kept untouched).</summary>
public sealed record VerificationSettings
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The JSON key, which also finds the members who share the request budget.</summary>
    public const string Key = "verified";

    // Left out when untied: the key's presence is what counts a member among those sharing the budget.
    [JsonPropertyName(Key), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public VerifiedHabit? Verified { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Others { get; init; }

    public static VerificationSettings Parse(string? json) =>
        string.IsNullOrWhiteSpace(json) ? new() : JsonSerializer.Deserialize<VerificationSettings>(json, Json) ?? new();

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}
