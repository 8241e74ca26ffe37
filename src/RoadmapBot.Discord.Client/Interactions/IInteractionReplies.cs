using RoadmapBot.Discord.Client.Models;

namespace RoadmapBot.Discord.Client.Interactions;

/// <summary>
/// Answers one interaction: the first answer is the callback; a watchdog defers on its own when no answer came 1.5 s
/// after receipt (at once when it carries a file to download), and later answers then edit the original or follow up.
/// Never acknowledges twice. An answer Discord does not take is logged, never thrown: the command it answers has already run.
/// </summary>
public interface IInteractionReplies
{
    Interaction Interaction { get; }
    /// <summary>True once the callback was sent (by us or by the watchdog).</summary>
    bool Acknowledged { get; }
    /// <summary>A message answer: the callback if still possible, else the deferred original, else a follow-up.</summary>
    Task ReplyAsync(MessagePayload message, CancellationToken ct);
    /// <summary>Only as the first answer; false if the watchdog already deferred (a modal cannot follow a defer).</summary>
    Task<bool> ShowModalAsync(Modal modal, CancellationToken ct);
    Task AutocompleteAsync(IReadOnlyList<AutocompleteChoice> choices, CancellationToken ct);
    /// <summary>A button's answer that replaces the message the button was on.</summary>
    Task UpdateMessageAsync(MessagePayload message, CancellationToken ct);
}
