using Microsoft.Extensions.Logging;
using RoadmapBot.Discord.Client.Models;
using RoadmapBot.Discord.Client.Rest;

namespace RoadmapBot.Discord.Client.Interactions;

/// <summary>
/// The answers to one interaction. The first answer is the callback, claimed once with Interlocked so nothing acknowledges
/// twice; a watchdog defers (type 5, or 6 for a button) AutoDeferAfter past receipt if nothing answered by then, at once
/// when DeferAtOnce says the handler has slow work to do first (a file to download). After a
/// type 5 defer the first reply edits @original and later ones follow up; after a type 6 defer replies follow up and
/// UpdateMessageAsync edits the button's message.
/// Delivery never throws: by the time an answer goes out the member's command has run, so a failed delivery is logged, not
/// reported as a failed command. A callback that failed in passing is tried again inside Discord's 3 s (40060 then means an
/// earlier try arrived); an edit of the deferred answer that fails in passing goes out as a follow-up instead; a callback
/// refused outright (10062: the 3 s were gone) and a 404 (unknown webhook) end every later delivery for this interaction.
/// </summary>
public sealed class InteractionReplies : IInteractionReplies, IDisposable
{
    private const int AlreadyAcknowledged = 40060;
    // The first retry of a callback that failed in passing; doubled while Discord's 3 s last.
    private static readonly TimeSpan CallbackRetryDelay = TimeSpan.FromMilliseconds(250);

    private readonly IDiscordRest _rest;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly ITimer? _watchdog;
    private int _acknowledged;
    private int _originalEdited;
    // Set once Discord said the interaction or its webhook is unknown: later deliveries would only add invalid requests.
    private volatile bool _gone;
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
        var due = options.DeferAtOnce(interaction) ? TimeSpan.Zero : interaction.ReceivedAt + options.AutoDeferAfter - time.GetUtcNow();
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
            await EditOrFollowUpAsync(message, ct);
        else
            await DeliverAsync("follow-up", () => _rest.CreateFollowupAsync(Interaction.ApplicationId, Interaction.Token, message, ct), ct);
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
            await EditOrFollowUpAsync(message, ct);
        else
            await DeliverAsync("follow-up", () => _rest.CreateFollowupAsync(Interaction.ApplicationId, Interaction.Token, message, ct), ct);
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

    /// <summary>The first answer: tried again while Discord's 3 s last if it failed in passing; every failure is logged, never thrown.</summary>
    private async Task CallbackAsync(InteractionResponse response, CancellationToken ct)
    {
        try
        {
            for (var delay = CallbackRetryDelay; ; delay *= 2)
            {
                try
                {
                    await _rest.CreateInteractionResponseAsync(Interaction.Id, Interaction.Token, response, ct);
                    return;
                }
                catch (Exception e) when (DeliveryFailure.IsTransient(e, ct) && _time.GetUtcNow() + delay < AnswerDeadline)
                {
                    _logger.LogInformation("Interaction {Id}: the callback ({Answer}) failed ({Reason}); trying again in {Delay} ms", Interaction.Id, response.Type,
                        DeliveryFailure.Describe(e), delay.TotalMilliseconds);
                    await Task.Delay(delay, _time, ct);
                }
            }
        }
        catch (DiscordApiException e) when (e.Code == AlreadyAcknowledged)
        {
            // An earlier try of ours arrived though its answer was lost, or another instance answered first: answered either way.
            _logger.LogInformation("Interaction {Id}: already acknowledged ({Message})", Interaction.Id, e.Message);
        }
        catch (Exception e) when (DeliveryFailure.Is(e, ct))
        {
            // Refused outright (10062: the 3 s were gone) leaves nothing to edit or follow up; a failure in passing may have arrived.
            if (!DeliveryFailure.IsTransient(e, ct)) _gone = true;
            _logger.LogWarning("Interaction {Id}: the callback ({Answer}) was not delivered ({Reason}); the member's command ran all the same",
                Interaction.Id, response.Type, DeliveryFailure.Describe(e));
        }
        finally
        {
            _firstAnswer.TrySetResult();
        }
    }

    /// <summary>The answer a deferral promised; if editing it fails in passing, the answer goes out as a follow-up instead.</summary>
    private async Task EditOrFollowUpAsync(MessagePayload message, CancellationToken ct)
    {
        try
        {
            if (_gone) return;
            await _rest.EditOriginalResponseAsync(Interaction.ApplicationId, Interaction.Token, message, ct);
        }
        catch (Exception e) when (DeliveryFailure.IsTransient(e, ct))
        {
            _logger.LogWarning("Interaction {Id}: editing the deferred answer failed ({Reason}); sending it as a follow-up", Interaction.Id, DeliveryFailure.Describe(e));
            await DeliverAsync("follow-up", () => _rest.CreateFollowupAsync(Interaction.ApplicationId, Interaction.Token, message, ct), ct);
        }
        catch (Exception e) when (DeliveryFailure.Is(e, ct))
        {
            LogUndelivered("edit of the deferred answer", e);
        }
    }

    private async Task DeliverAsync(string what, Func<Task> send, CancellationToken ct)
    {
        if (_gone) return;
        try
        {
            await send();
        }
        catch (Exception e) when (DeliveryFailure.Is(e, ct))
        {
            LogUndelivered(what, e);
        }
    }

    private void LogUndelivered(string what, Exception e)
    {
        if (e is DiscordApiException { Status: 404 }) _gone = true;  // a webhook that answered 404 must not be used again
        _logger.LogWarning("Interaction {Id}: the {What} was not delivered ({Reason}); the member's command ran all the same", Interaction.Id, what, DeliveryFailure.Describe(e));
    }

    // Discord takes the first answer this long after it created the interaction, which was no later than our receipt
    // (a creation time after it is a clock off, so receipt counts then).
    private DateTimeOffset AnswerDeadline =>
        (Interaction.CreatedAt is { } created && created < Interaction.ReceivedAt ? created : Interaction.ReceivedAt) + Interaction.AnswerWindow;

    private void LogLatency(string what) =>
        _logger.LogDebug("Interaction {Id} {What} {Latency} ms after receipt", Interaction.Id, what, (_time.GetUtcNow() - Interaction.ReceivedAt).TotalMilliseconds);
}
