namespace RoadmapBot.Discord.Client.Models;

/// <summary>An INTERACTION_CREATE payload, read into what a bot needs.</summary>
public sealed record Interaction(ulong Id, ulong ApplicationId, InteractionType Type, string Token, DiscordUser User)
{
    /// <summary>Null in a DM.</summary>
    public ulong? GuildId { get; init; }
    public ulong? ChannelId { get; init; }
    /// <summary>In a thread or forum post: the channel (or forum) it belongs to; null elsewhere.</summary>
    public ulong? ThreadParentId { get; init; }
    /// <summary>The member's resolved permissions in the channel (guild only); bit 5 (32) is Manage Server.</summary>
    public ulong? MemberPermissions { get; init; }
    /// <summary>Command name (application command, autocomplete).</summary>
    public string? CommandName { get; init; }
    public IReadOnlyList<InteractionOption> Options { get; init; } = [];
    /// <summary>Button or modal custom id.</summary>
    public string? CustomId { get; init; }
    /// <summary>Button: the message it was on is ephemeral, so only the presser sees it and it may be replaced by the answer.</summary>
    public bool OnEphemeralMessage { get; init; }
    /// <summary>Modal submit: text input custom id → value.</summary>
    public IReadOnlyDictionary<string, string> ModalValues { get; init; } = new Dictionary<string, string>();
    /// <summary>Attachments resolved for ATTACHMENT options, by attachment id.</summary>
    public IReadOnlyDictionary<ulong, InteractionAttachment> Attachments { get; init; } = new Dictionary<ulong, InteractionAttachment>();
    /// <summary>When our process received it, for the 3-second acknowledgement budget.</summary>
    public DateTimeOffset ReceivedAt { get; init; }
    /// <summary>When Discord created it (the timestamp in its snowflake id); null when not known.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Discord accepts the first answer only this long after it created the interaction.</summary>
    public static readonly TimeSpan AnswerWindow = TimeSpan.FromSeconds(3);

    /// <summary>True once the answer window has closed (judged by the creation time, which includes any wait before receipt).</summary>
    public bool IsPastAnswerWindow(DateTimeOffset now) => CreatedAt is { } created && now - created > AnswerWindow;
}

public enum InteractionType { Ping = 1, ApplicationCommand = 2, MessageComponent = 3, Autocomplete = 4, ModalSubmit = 5 }

public sealed record DiscordUser(ulong Id, string Username, string? GlobalName)
{
    public string DisplayName => GlobalName ?? Username;
}

/// <summary>One option as typed: the value as text (numbers and booleans in invariant form), Focused while autocompleting.</summary>
public sealed record InteractionOption(string Name, CommandOptionType Type, string? Value, bool Focused = false);

public sealed record InteractionAttachment(ulong Id, string FileName, long Size, Uri Url);
