using System.Globalization;
using System.Text.Json;
using RoadmapBot.Discord.Client.Models;

namespace RoadmapBot.Discord.Client.Rest;

/// <summary>The few REST answers we read back into models.</summary>
internal static class ResponseReader
{
    public static DiscordMessage Message(JsonElement json) => new(Snowflake(json, "id"), Snowflake(json, "channel_id"));

    public static ulong Snowflake(JsonElement json, string property) =>
        ulong.Parse(json.GetProperty(property).GetString()!, CultureInfo.InvariantCulture);

    public static ApplicationCommand Command(JsonElement json) => new(json.GetProperty("name").GetString()!, String(json, "description") ?? "")
    {
        Options = json.TryGetProperty("options", out var options) ? [.. options.EnumerateArray().Select(Option)] : [],
        DefaultMemberPermissions = String(json, "default_member_permissions"),
        Contexts = json.TryGetProperty("contexts", out var contexts) && contexts.ValueKind == JsonValueKind.Array
            ? [.. contexts.EnumerateArray().Select(c => c.GetInt32())]
            : [],
    };

    private static CommandOption Option(JsonElement json) =>
        new((CommandOptionType)json.GetProperty("type").GetInt32(), json.GetProperty("name").GetString()!, String(json, "description") ?? "")
        {
            Required = Bool(json, "required"),
            Autocomplete = Bool(json, "autocomplete"),
            Choices = json.TryGetProperty("choices", out var choices)
                ? [.. choices.EnumerateArray().Select(c => new AutocompleteChoice(c.GetProperty("name").GetString()!, Text(c.GetProperty("value"))))]
                : [],
        };

    /// <summary>A JSON scalar as invariant text: strings as they are, numbers and booleans as written.</summary>
    public static string Text(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();

    private static string? String(JsonElement json, string property) =>
        json.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool Bool(JsonElement json, string property) =>
        json.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.True;
}
