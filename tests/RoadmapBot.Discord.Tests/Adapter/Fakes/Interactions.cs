using RoadmapBot.Discord.Client.Models;

namespace RoadmapBot.Discord.Tests.Adapter.Fakes;

/// <summary>Interactions as the gateway hands them over: in a guild channel or a DM, from a member with or without Manage Server.</summary>
public static class Interactions
{
    public const ulong ApplicationId = 900;
    public const ulong Guild = 700;
    public const ulong Channel = 800;
    public const ulong DmChannel = 801;
    public const ulong ManageServer = 32;

    public static readonly DiscordUser Ana = new(501, "ana", "Ana");
    public static readonly DiscordUser Ben = new(502, "ben", null);

    private static ulong _nextId = 1;

    public static Interaction Command(string name, params (string Name, string Value)[] options) =>
        InGuild(InteractionType.ApplicationCommand, Ana) with
        {
            CommandName = name,
            Options = options.Select(o => new InteractionOption(o.Name, CommandOptionType.String, o.Value)).ToList(),
        };

    public static Interaction Autocomplete(string name, string option, string typed) =>
        InGuild(InteractionType.Autocomplete, Ana) with { CommandName = name, Options = [new InteractionOption(option, CommandOptionType.String, typed, Focused: true)] };

    public static Interaction Button(string customId) => InGuild(InteractionType.MessageComponent, Ana) with { CustomId = customId };

    public static Interaction ModalSubmit(string customId, IReadOnlyDictionary<string, string> values) =>
        InGuild(InteractionType.ModalSubmit, Ana) with { CustomId = customId, ModalValues = values };

    public static Interaction InGuild(InteractionType type, DiscordUser user, ulong permissions = ManageServer) =>
        new(Interlocked.Increment(ref _nextId), ApplicationId, type, "interaction-token", user)
        {
            GuildId = Guild,
            ChannelId = Channel,
            MemberPermissions = permissions,
        };

    /// <summary>The same interaction in the member's DM with the bot: no guild, no member permissions.</summary>
    public static Interaction InDm(this Interaction interaction) =>
        interaction with { GuildId = null, ChannelId = DmChannel, MemberPermissions = null };

    public static Interaction By(this Interaction interaction, DiscordUser user, ulong permissions = 0) =>
        interaction with { User = user, MemberPermissions = interaction.GuildId is null ? null : permissions };
}
