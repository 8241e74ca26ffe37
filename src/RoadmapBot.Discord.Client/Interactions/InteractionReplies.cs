using Microsoft.Extensions.Logging;
using RoadmapBot.Discord.Client.Models;
using RoadmapBot.Discord.Client.Rest;

namespace RoadmapBot.Discord.Client.Interactions;

/// <summary>
/// The answers to one interaction. The first answer is the callback, claimed once with Interlocked so nothing acknowledges
/// twice; a watchdog defers (type 5, or 6 for a button) AutoDeferAfter past receipt if nothing answered by then. After a
/// type 5 defer the first reply edits @original and later ones follow up; after a type 6 defer replies follow up and
/// UpdateMessageAsync edits the button's message. 10062 (token expired) and 40060 (already acknowledged) are logged, not thrown.
/// </summary>
public sealed class InteractionReplies : IInteractionReplies, IDisposable
{
    private const int UnknownInteraction = 10062;
    private const int AlreadyAcknowledged = 40060;

    private readonly IDiscordRest _rest;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly ITimer? _watchdog;
    private int _acknowledged;
    private int _originalEdited;
    // Completes once the first callback went out, so an edit of @original never overtakes the deferral it edits.
    private readonly TaskCompletionSource _firstAnswer = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private InteractionCallbackType? _deferredWith;

    public InteractionReplies(Interaction interaction, IDiscordRest rest, DiscordClientOptions options, TimeProvider time, ILogger logger)
    {
        Interaction = interaction;
        _rest = rest;
        _time = time;
        _logger = logger;
        if (interaction.Type is InteractionType.Autocomplete or InteractionType.Ping) return;  // an autocomplete cannot be deferred
        if (interaction.IsPastAnswerWindow(time.GetUtcNow())) return;  // replayed after a resume: Discord would refuse the deferral
        var deferral = interaction.Type == InteractionType.MessageComponent
            ? InteractionResponse.DeferUpdate()
            : InteractionResponse.Defer(options.DeferEphemeral(interaction));
        var due = interaction.ReceivedAt + options.AutoDeferAfter - time.GetUtcNow();
        _watchdog = time.CreateTimer(_ => Defer(deferral), null, due > TimeSpan.Zero ? due : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }

    public Interaction Interaction { get; }

    public bool Acknowledged => Volatile.Read(ref _acknowledged) == 1;

    /// <summary>Completes once the first callback (an answer or the watchdog's deferral) went out.</summary>
    public Task FirstAnswer => _firstAnswer.Task;

    public async Task ReplyAsync(MessagePayload message, CancellationToken ct)
    {
        if (TryAcknowledge())
        {
            await CallbackAsync(InteractionResponse.Reply(message), ct);
            return;
        }
        await _firstAnswer.Task.WaitAsync(ct);
        if (_deferredWith == InteractionCallbackType.DeferredChannelMessageWithSource && Interlocked.Exchange(ref _originalEdited, 1) == 0)
            await _rest.EditOriginalResponseAsync(Interaction.ApplicationId, Interaction.Token, message, ct);
        else
            await _rest.CreateFollowupAsync(Interaction.ApplicationId, Interaction.Token, message, ct);
    }

    public async Task<bool> ShowModalAsync(Modal modal, CancellationToken ct)
    {
        if (!TryAcknowledge()) return false;
        await CallbackAsync(InteractionResponse.ShowModal(modal), ct);
        return true;
    }

    public async Task AutocompleteAsync(IReadOnlyList<AutocompleteChoice> choices, CancellationToken ct)
    {
        if (TryAcknowledge()) await CallbackAsync(InteractionResponse.Autocomplete(choices), ct);
    }

    public async Task UpdateMessageAsync(MessagePayload message, CancellationToken ct)
    {
        if (TryAcknowledge())
        {
            await CallbackAsync(InteractionResponse.Update(message), ct);
            return;
        }
        await _firstAnswer.Task.WaitAsync(ct);
        if (_deferredWith == InteractionCallbackType.DeferredUpdateMessage)
            await _rest.EditOriginalResponseAsync(Interaction.ApplicationId, Interaction.Token, message, ct);
        else
            await _rest.CreateFollowupAsync(Interaction.ApplicationId, Interaction.Token, message, ct);
    }

    public void Dispose() => _watchdog?.Dispose();

    private bool TryAcknowledge()
    {
        if (Interlocked.Exchange(ref _acknowledged, 1) != 0) return false;
        _watchdog?.Dispose();
        LogLatency("answered");
        return true;
    }

    private void Defer(InteractionResponse deferral)
    {
        if (Interlocked.Exchange(ref _acknowledged, 1) != 0) return;
        _watchdog?.Dispose();
        _deferredWith = deferral.Type;
        LogLatency("deferred by the watchdog");
        _ = CallbackAsync(deferral, CancellationToken.None);
    }

    private async Task CallbackAsync(InteractionResponse response, CancellationToken ct)
    {
        try
        {
            await _rest.CreateInteractionResponseAsync(Interaction.Id, Interaction.Token, response, ct);
        }
        catch (DiscordApiException e) when (e.Code is UnknownInteraction or AlreadyAcknowledged)
        {
            // Never retried: 10062 means the 3 s were gone, 40060 that someone already answered.
            _logger.LogWarning("Interaction {Id} callback refused ({Code}): {Message}", Interaction.Id, e.Code, e.Message);
        }
        catch (Exception e) when (response.Type is InteractionCallbackType.DeferredChannelMessageWithSource or InteractionCallbackType.DeferredUpdateMessage)
        {
            _logger.LogError(e, "Interaction {Id}: the automatic deferral failed", Interaction.Id);  // nobody awaits the watchdog's call
        }
        finally
        {
            _firstAnswer.TrySetResult();
        }
    }

    private void LogLatency(string what) =>
        _logger.LogDebug("Interaction {Id} {What} {Latency} ms after receipt", Interaction.Id, what, (_time.GetUtcNow() - Interaction.ReceivedAt).TotalMilliseconds);
}
