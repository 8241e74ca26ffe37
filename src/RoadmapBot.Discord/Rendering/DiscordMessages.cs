using RoadmapBot.Core.Chat;
using RoadmapBot.Discord.Client.Models;
using RoadmapBot.Discord.Interactions;

namespace RoadmapBot.Discord.Rendering;

/// <summary>A reply as Discord messages: the markdown parts in order, the buttons and file on the last one (a PNG shown as the embed's image).</summary>
public static class DiscordMessages
{
    public const int ButtonsPerRow = 5;
    public const int MaxRows = 5;
    public const int MaxLabel = 80;

    public static IReadOnlyList<MessagePayload> Render(ChatReply reply, MessageFlags flags = MessageFlags.None)
    {
        var parts = DiscordMarkdown.Render(reply);
        var payloads = parts.Select(text => new MessagePayload { Content = text, Flags = flags }).ToList();
        var rows = Rows(reply.Buttons);
        var (files, embeds) = Attach(reply.File);
        if (rows.Count == 0 && files.Count == 0)
            return payloads;
        if (payloads.Count == 0)
            payloads.Add(new MessagePayload { Flags = flags });
        payloads[^1] = payloads[^1] with { Components = rows, Files = files, Embeds = embeds };
        return payloads;
    }

    /// <summary>Buttons five to a row, at most five rows; one whose command cannot be a custom id, or repeats one, is left out.</summary>
    public static IReadOnlyList<ActionRow> Rows(IReadOnlyList<ChatButton> buttons) => buttons
        .Select(b => (Label: Fit(b.Label), Id: b.Url ?? CustomIds.ForButton(b), b.Url))
        .Where(b => b.Id is not null && b.Label.Length > 0)
        .DistinctBy(b => b.Id)
        .Select(b => b.Url is null ? new Button(b.Label, b.Id!) : new Button(b.Label, "", ButtonStyle.Link) { Url = b.Url })
        .Chunk(ButtonsPerRow)
        .Take(MaxRows)
        .Select(row => new ActionRow(row))
        .ToList();

    private static (IReadOnlyList<FileUpload> Files, IReadOnlyList<Embed> Embeds) Attach(ChatFile? file)
    {
        if (file is null)
            return ([], []);
        var upload = new FileUpload(file.FileName, file.Content);
        return file.FileName.EndsWith(".png", StringComparison.OrdinalIgnoreCase)
            ? ([upload], [new Embed { ImageUrl = $"attachment://{file.FileName}" }])
            : ([upload], []);
    }

    private static string Fit(string label) => label.Length <= MaxLabel ? label : label[..(MaxLabel - 1)] + "…";
}
