namespace RoadmapBot.Discord.Client.Models;

/// <summary>The body of a message we send (channel message, interaction reply, follow-up or edit). The client always adds <c>allowed_mentions: {"parse": []}</c>.</summary>
public sealed record MessagePayload
{
    /// <summary>At most 2000 characters; the client refuses longer content rather than let Discord answer 400.</summary>
    public string? Content { get; init; }
    public IReadOnlyList<Embed> Embeds { get; init; } = [];
    public IReadOnlyList<ActionRow> Components { get; init; } = [];
    public MessageFlags Flags { get; init; }
    /// <summary>Sent as multipart <c>files[n]</c> with matching <c>attachments[].id</c>.</summary>
    public IReadOnlyList<FileUpload> Files { get; init; } = [];
    /// <summary>
    /// Channel messages only, at most 25 characters: a retry with the same nonce gets back the message Discord already created
    /// instead of a second one. Null: a fresh one per call, kept across the client's own retries of that call.
    /// </summary>
    public string? Nonce { get; init; }
}

[Flags]
public enum MessageFlags { None = 0, Ephemeral = 1 << 6, SuppressNotifications = 1 << 12 }

public sealed record FileUpload(string FileName, byte[] Content, string? Description = null);

public sealed record Embed
{
    public string? Title { get; init; }
    public string? Description { get; init; }
    public int? Color { get; init; }
    /// <summary>e.g. "attachment://progress.png" for an uploaded file.</summary>
    public string? ImageUrl { get; init; }
    public IReadOnlyList<EmbedField> Fields { get; init; } = [];
}

public sealed record EmbedField(string Name, string Value, bool Inline = false);

/// <summary>A row of at most five buttons.</summary>
public sealed record ActionRow(IReadOnlyList<Button> Buttons);

public sealed record Button(string Label, string CustomId, ButtonStyle Style = ButtonStyle.Secondary)
{
    /// <summary>For a <see cref="ButtonStyle.Link"/> button: the address it opens (its custom id is then empty and not sent).</summary>
    public string? Url { get; init; }
}

public enum ButtonStyle { Primary = 1, Secondary = 2, Success = 3, Danger = 4, Link = 5 }

/// <summary>A message Discord returned.</summary>
public sealed record DiscordMessage(ulong Id, ulong ChannelId);
