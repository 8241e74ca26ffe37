using System.Globalization;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Commands;
using RoadmapBot.Core.Import;
using RoadmapBot.Discord.Client.Models;
using RoadmapBot.Discord.Client.Rest;
using RoadmapBot.Discord.Commands;

namespace RoadmapBot.Discord.Interactions;

/// <summary>What an interaction asks of the engine: a <see cref="ChatMessage"/>, or a short answer of our own.</summary>
public sealed record Translation(ChatMessage? Message, string? Answer = null);

/// <summary>
/// Interaction -> engine message. A guild channel is a group space and a DM a private one, both keyed by channel id (a thread or
/// forum post counts in the channel or forum it belongs to); a slash command becomes the text a member would type ("/done t1 t2"),
/// an /import attachment its file. Each interaction is one delivery: Discord's id for it is the engine's delivery key.
/// </summary>
public sealed class InteractionTranslator(IDiscordRest rest)
{
    /// <summary>Manage Server (1 &lt;&lt; 5) or Administrator (1 &lt;&lt; 3).</summary>
    private const ulong AdminBits = 32 | 8;

    public async Task<Translation> TranslateCommandAsync(Interaction interaction, SlashCommand command, CancellationToken ct)
    {
        // /log text: plain words, read as a message to the bot would be (no metric given).
        if (command.Verb == "log" && Option(interaction, "metric") is null && Option(interaction, "text") is { } plain)
            return new(ToChatMessage(interaction, plain) with { AddressedToBot = true });
        var words = new List<string> { "/" + command.Verb };
        var attachments = new List<ChatAttachment>();
        foreach (var option in command.Options)
        {
            if (interaction.Options.FirstOrDefault(o => o.Name == option.Name)?.Value?.Trim() is not { Length: > 0 } value)
                continue;
            switch (option.Type)
            {
                case CommandOptionType.Attachment:
                    var (file, problem) = await DownloadAsync(interaction, value, ct);
                    if (file is null)
                        return new(null, problem);
                    attachments.Add(file);
                    break;
                case CommandOptionType.Boolean:
                    // A true switch reads as its name: /import confirm.
                    if (value == "true") words.Add(option.Name);
                    break;
                default:
                    words.Add(value);
                    break;
            }
        }
        return new(ToChatMessage(interaction, string.Join(' ', words)) with { Attachments = attachments });
    }

    /// <summary>The engine message for <paramref name="text"/> typed by the interaction's user where it happened.</summary>
    public static ChatMessage ToChatMessage(Interaction interaction, string text) =>
        new(ChatPlatform.Discord, SpaceId(interaction), IsGuild(interaction), UserId(interaction), interaction.User.DisplayName, text)
        {
            Username = interaction.User.Username,
            // Discord sends the member's permissions with every guild interaction; without them the answer is unknown.
            SenderIsPlatformAdmin = IsGuild(interaction) && interaction.MemberPermissions is { } permissions ? (permissions & AdminBits) != 0 : null,
            // The answer is ephemeral in a guild for every verb the catalog keeps private (Rendering/Visibility renders it so).
            // A bot's user id is its application's id: /buddy refuses it.
            BotUserId = interaction.ApplicationId.ToString(CultureInfo.InvariantCulture),
            RepliesPrivately = IsGuild(interaction) && CommandCatalog.Find(CommandLine.Parse(text)?.Verb ?? "")?.PublicBecause is null,
            // The same interaction again (a replayed request, a gateway event sent twice) is not run twice, on any instance.
            DeliveryKey = DeliveryKey(interaction),
        };

    public static string DeliveryKey(Interaction interaction) => string.Create(CultureInfo.InvariantCulture, $"discord-interaction:{interaction.Id}");

    private static string? Option(Interaction interaction, string name) =>
        interaction.Options.FirstOrDefault(o => o.Name == name)?.Value?.Trim() is { Length: > 0 } value ? value : null;

    public static bool IsGuild(Interaction interaction) => interaction.GuildId is not null;

    /// <summary>
    /// The space is the channel: a guild channel, or the DM channel with the member. A thread (or forum post) is a conversation
    /// inside its channel, so it counts there; the answer still appears in the thread, where the interaction was.
    /// </summary>
    public static string SpaceId(Interaction interaction) =>
        (interaction.ThreadParentId ?? interaction.ChannelId ?? interaction.User.Id).ToString(CultureInfo.InvariantCulture);

    public static string UserId(Interaction interaction) => interaction.User.Id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The attachment an ATTACHMENT option names, if it is a roadmap file small enough; the size is checked before downloading.</summary>
    private async Task<(ChatAttachment? File, string? Problem)> DownloadAsync(Interaction interaction, string id, CancellationToken ct)
    {
        if (!ulong.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var key) || !interaction.Attachments.TryGetValue(key, out var attachment))
            return (null, "Discord did not pass the file on; attach it to /import again.");
        if (RoadmapUpload.Refusal(attachment.FileName, attachment.Size) is { } refusal)
            return (null, refusal);
        try
        {
            return (new ChatAttachment(attachment.FileName, await rest.DownloadAttachmentAsync(attachment.Url, RoadmapImporter.MaxBytes, ct)), null);
        }
        catch (DiscordApiException e) when (e.Status == 413)
        {
            return (null, RoadmapUpload.OverLimit);  // the size Discord stated was wrong: the download itself stopped at the limit
        }
        catch (Exception e) when (e is DiscordApiException or HttpRequestException || e is OperationCanceledException && !ct.IsCancellationRequested)
        {
            return (null, $"I could not download {attachment.FileName} from Discord ({DownloadProblem(e)}); attach it to /import again.");
        }
    }

    private static string DownloadProblem(Exception e) => e switch
    {
        DiscordApiException { Status: 403 or 404 or 410 } => "its link has expired",
        DiscordApiException api => $"Discord answered {api.Status}",
        OperationCanceledException => "Discord did not answer in time",
        _ => "the connection failed",
    };
}
