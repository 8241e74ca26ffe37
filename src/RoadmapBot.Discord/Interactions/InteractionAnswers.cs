using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Commands;
using RoadmapBot.Discord.Client.Interactions;
using RoadmapBot.Discord.Client.Models;
using RoadmapBot.Discord.Rendering;

namespace RoadmapBot.Discord.Interactions;

/// <summary>How the engine's replies go back on an interaction: rendered, private or public as <see cref="Visibility"/> says.</summary>
public static class InteractionAnswers
{
    public static async Task SendAsync(IInteractionReplies replies, string verb, IReadOnlyList<ChatReply> answers, CancellationToken ct)
    {
        // The engine stays silent only for a member already told to slow down; an interaction still needs its answer.
        var silenced = answers.Count == 0;
        if (silenced)
            answers = [ChatReply.Text(Replies.SlowDown)];
        var flags = Flags(replies.Interaction, silenced ? "" : verb);
        foreach (var payload in answers.SelectMany(a => DiscordMessages.Render(a, flags)))
            await replies.ReplyAsync(payload, ct);
    }

    /// <summary>A line only for the member (ephemeral in a guild).</summary>
    public static Task AnswerAsync(IInteractionReplies replies, string text, CancellationToken ct) =>
        replies.ReplyAsync(new MessagePayload { Content = DiscordMarkdown.Escape(text), Flags = MessageFlags.Ephemeral }, ct);

    public static MessageFlags Flags(Interaction interaction, string verb) =>
        Visibility.IsEphemeral(interaction, verb) ? MessageFlags.Ephemeral : MessageFlags.None;
}
