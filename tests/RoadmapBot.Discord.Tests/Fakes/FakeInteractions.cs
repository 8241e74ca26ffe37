using System.Globalization;
using System.Text.Json.Nodes;

namespace RoadmapBot.Discord.Tests.Fakes;

/// <summary>INTERACTION_CREATE payloads as Discord sends them, for <see cref="FakeDiscord.DispatchInteractionAsync"/>.</summary>
public static class FakeInteractions
{
    public const ulong GuildId = 800000000000000001;
    public const ulong ChannelId = 800000000000000002;
    public const ulong UserId = 800000000000000003;
    private static long _sequence;

    /// <summary>A slash command; options as (name, type, value) with value a string, number or bool. In a DM when guild is false; by <paramref name="by"/> (Ada when null).</summary>
    public static string SlashCommand(string name, IEnumerable<(string Name, int Type, object Value)>? options = null, bool guild = true, string permissions = "0",
        FakeMember? by = null) =>
        Envelope(2, new JsonObject
        {
            ["id"] = "600000000000000001",
            ["name"] = name,
            ["type"] = 1,
            ["options"] = new JsonArray([.. (options ?? []).Select(o => new JsonObject
            {
                ["name"] = o.Name, ["type"] = o.Type, ["value"] = o.Value switch
                {
                    bool b => JsonValue.Create(b),
                    int i => JsonValue.Create(i),
                    double d => JsonValue.Create(d),
                    var other => JsonValue.Create(other.ToString()),
                },
            })]),
        }, guild, permissions, by: by);

    /// <param name="onEphemeral">The button sits on an ephemeral message (flags 64), one only the presser sees.</param>
    public static string ButtonPress(string customId, bool guild = true, bool onEphemeral = false, FakeMember? by = null) =>
        Envelope(3, new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 }, guild, "0",
            new JsonObject { ["id"] = "800000000000000001", ["flags"] = onEphemeral ? 64 : 0 }, by);

    public static string ModalSubmit(string customId, IEnumerable<(string CustomId, string Value)> values, bool guild = true) =>
        Envelope(5, new JsonObject
        {
            ["custom_id"] = customId,
            ["components"] = new JsonArray([.. values.Select(v => new JsonObject
            {
                ["type"] = 1,
                ["components"] = new JsonArray(new JsonObject { ["type"] = 4, ["custom_id"] = v.CustomId, ["value"] = v.Value }),
            })]),
        }, guild, "0");

    /// <summary>A snowflake created now, as Discord's would be: its timestamp is what the 3-second window is measured from.</summary>
    private static ulong NewId() =>
        ((ulong)(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - 1420070400000) << 22) | ((ulong)Interlocked.Increment(ref _sequence) & 0xFFF);

    private static string Envelope(int type, JsonObject data, bool guild, string permissions, JsonObject? message = null, FakeMember? by = null)
    {
        var (id, name) = by is null ? (UserId, "Ada") : (by.Id, by.Name);
        var user = new JsonObject { ["id"] = id.ToString(CultureInfo.InvariantCulture), ["username"] = name.ToLowerInvariant(), ["global_name"] = name };
        var json = new JsonObject
        {
            ["id"] = NewId().ToString(CultureInfo.InvariantCulture),
            ["application_id"] = FakeDiscord.ApplicationId.ToString(CultureInfo.InvariantCulture),
            ["type"] = type,
            ["data"] = data,
            ["channel_id"] = ChannelId.ToString(CultureInfo.InvariantCulture),
            ["token"] = $"token-{Guid.NewGuid():N}",
            ["version"] = 1,
            ["locale"] = "en-US",
        };
        if (guild)
        {
            json["guild_id"] = GuildId.ToString(CultureInfo.InvariantCulture);
            json["member"] = new JsonObject { ["user"] = user, ["permissions"] = permissions, ["roles"] = new JsonArray() };
        }
        else json["user"] = user;
        if (message is not null) json["message"] = message;
        return json.ToJsonString();
    }
}

/// <summary>Another member of the fake guild than Ada, who sends the interactions by default.</summary>
public sealed record FakeMember(ulong Id, string Name);
