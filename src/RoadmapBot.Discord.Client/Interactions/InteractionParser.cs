using System.Globalization;
using System.Text.Json;
using RoadmapBot.Discord.Client.Models;
using RoadmapBot.Discord.Client.Rest;

namespace RoadmapBot.Discord.Client.Interactions;

/// <summary>
/// Reads an INTERACTION_CREATE <c>d</c> into an <see cref="Interaction"/>. Subcommands are flattened: their names join the
/// command name with spaces ("review start") and their options become the interaction's options.
/// </summary>
public static class InteractionParser
{
    /// <summary>Throws <see cref="FormatException"/> naming the field when one Discord always sends is missing.</summary>
    public static Interaction Parse(JsonElement d, DateTimeOffset receivedAt)
    {
        if (d.ValueKind != JsonValueKind.Object) throw new FormatException($"the interaction is a JSON {d.ValueKind}, not an object");
        var data = d.TryGetProperty("data", out var dataJson) ? dataJson : default;
        var member = d.TryGetProperty("member", out var memberJson) && memberJson.ValueKind == JsonValueKind.Object ? memberJson : default;
        var userJson = member.ValueKind == JsonValueKind.Object ? Required(member, "user", "member.user")
            : d.TryGetProperty("user", out var user) ? user
            : throw new FormatException("the interaction has neither \"member\" nor \"user\"");
        var (commandName, options) = Command(data);
        var id = RequiredSnowflake(d, "id", "id");
        return new Interaction(
            id,
            RequiredSnowflake(d, "application_id", "application_id"),
            (InteractionType)Required(d, "type", "type").GetInt32(),
            Required(d, "token", "token").GetString()!,
            new DiscordUser(RequiredSnowflake(userJson, "id", "user.id"), Required(userJson, "username", "user.username").GetString()!, String(userJson, "global_name")))
        {
            GuildId = Snowflake(d, "guild_id"),
            ChannelId = Snowflake(d, "channel_id"),
            ThreadParentId = ThreadParent(d),
            MemberPermissions = member.ValueKind == JsonValueKind.Object ? Snowflake(member, "permissions") : null,
            CommandName = commandName,
            Options = options,
            CustomId = data.ValueKind == JsonValueKind.Object ? String(data, "custom_id") : null,
            OnEphemeralMessage = d.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.Object &&
                message.TryGetProperty("flags", out var flags) && flags.ValueKind == JsonValueKind.Number &&
                ((MessageFlags)flags.GetInt32()).HasFlag(MessageFlags.Ephemeral),
            ModalValues = ModalValues(data),
            Attachments = Attachments(data),
            ReceivedAt = receivedAt,
            CreatedAt = CreatedAt(id),
        };
    }

    /// <summary>A snowflake's top 42 bits are milliseconds since Discord's epoch, 2015-01-01.</summary>
    public static DateTimeOffset CreatedAt(ulong snowflake) => DateTimeOffset.FromUnixTimeMilliseconds((long)(snowflake >> 22) + 1420070400000);

    private static (string? Name, IReadOnlyList<InteractionOption> Options) Command(JsonElement data)
    {
        if (data.ValueKind != JsonValueKind.Object || String(data, "name") is not { } name) return (null, []);
        var options = data.TryGetProperty("options", out var o) ? o : default;
        // SUB_COMMAND (1) and SUB_COMMAND_GROUP (2) carry the real options one level down.
        while (options.ValueKind == JsonValueKind.Array && options.GetArrayLength() == 1 && Required(options[0], "type", "data.options[].type").GetInt32() is 1 or 2)
        {
            name += " " + Required(options[0], "name", "data.options[].name").GetString();
            options = options[0].TryGetProperty("options", out var inner) ? inner : default;
        }
        if (options.ValueKind != JsonValueKind.Array) return (name, []);
        return (name, [.. options.EnumerateArray().Select(option => new InteractionOption(
            Required(option, "name", "data.options[].name").GetString()!,
            (CommandOptionType)Required(option, "type", "data.options[].type").GetInt32(),
            option.TryGetProperty("value", out var value) ? ResponseReader.Text(value) : null,
            option.TryGetProperty("focused", out var focused) && focused.ValueKind == JsonValueKind.True))]);
    }

    private static Dictionary<string, string> ModalValues(JsonElement data)
    {
        var values = new Dictionary<string, string>();
        if (data.ValueKind == JsonValueKind.Object && data.TryGetProperty("components", out var components)) Collect(components, values);
        return values;
    }

    // Text inputs sit in action rows (type 1) or, in newer modals, in labels (type 18, "component"): walk both.
    private static void Collect(JsonElement node, Dictionary<string, string> values)
    {
        if (node.ValueKind == JsonValueKind.Array)
            foreach (var child in node.EnumerateArray()) Collect(child, values);
        if (node.ValueKind != JsonValueKind.Object) return;
        if (String(node, "custom_id") is { } id && node.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.String)
            values[id] = value.GetString()!;
        if (node.TryGetProperty("components", out var components)) Collect(components, values);
        if (node.TryGetProperty("component", out var component)) Collect(component, values);
    }

    private static Dictionary<ulong, InteractionAttachment> Attachments(JsonElement data)
    {
        if (data.ValueKind != JsonValueKind.Object || !data.TryGetProperty("resolved", out var resolved) ||
            !resolved.TryGetProperty("attachments", out var attachments)) return [];
        return attachments.EnumerateObject().ToDictionary(
            a => ulong.Parse(a.Name, CultureInfo.InvariantCulture),
            a => new InteractionAttachment(
                ulong.Parse(a.Name, CultureInfo.InvariantCulture),
                Required(a.Value, "filename", "data.resolved.attachments[].filename").GetString()!,
                a.Value.TryGetProperty("size", out var size) ? size.GetInt64() : 0,
                new Uri(Required(a.Value, "url", "data.resolved.attachments[].url").GetString()!)));
    }

    // Announcement, public and private threads (10, 11, 12; a forum post is a public thread): parent_id is the channel they were
    // made in. Any other channel's parent_id is its category, which is no channel to talk in.
    private static ulong? ThreadParent(JsonElement d) =>
        d.TryGetProperty("channel", out var channel) && channel.ValueKind == JsonValueKind.Object &&
        channel.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.Number && type.GetInt32() is 10 or 11 or 12
            ? Snowflake(channel, "parent_id")
            : null;

    // GetProperty's own KeyNotFoundException does not say which key; the log line should.
    private static JsonElement Required(JsonElement json, string property, string path) =>
        json.TryGetProperty(property, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : throw new FormatException($"the interaction has no \"{path}\"");

    private static ulong RequiredSnowflake(JsonElement json, string property, string path) =>
        Snowflake(json, property) ?? throw new FormatException($"the interaction has no \"{path}\" snowflake");

    private static ulong? Snowflake(JsonElement json, string property) =>
        json.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? ulong.Parse(value.GetString()!, CultureInfo.InvariantCulture)
            : null;

    private static string? String(JsonElement json, string property) =>
        json.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
