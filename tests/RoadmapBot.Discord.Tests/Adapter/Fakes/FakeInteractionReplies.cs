using RoadmapBot.Discord.Client.Interactions;
using RoadmapBot.Discord.Client.Models;

namespace RoadmapBot.Discord.Tests.Adapter.Fakes;

/// <summary>A hand-written reply handle that records every answer; <see cref="WatchdogDeferred"/> plays a watchdog that already deferred.</summary>
public sealed class FakeInteractionReplies(Interaction interaction) : IInteractionReplies
{
    private readonly Lock _gate = new();
    private readonly TaskCompletionSource _answered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Interaction Interaction { get; } = interaction;
    public bool WatchdogDeferred { get; init; }
    public bool Acknowledged => WatchdogDeferred || Messages.Count > 0 || Updates.Count > 0 || Modal is not null || Choices is not null;

    public List<MessagePayload> Messages { get; } = [];
    public List<MessagePayload> Updates { get; } = [];
    public Modal? Modal { get; private set; }
    public IReadOnlyList<AutocompleteChoice>? Choices { get; private set; }

    /// <summary>Completes at the first answer of any kind.</summary>
    public Task Answered => _answered.Task;

    public string Text => string.Join("\n", Messages.Select(m => m.Content));

    public Task ReplyAsync(MessagePayload message, CancellationToken ct)
    {
        lock (_gate) Messages.Add(message);
        _answered.TrySetResult();
        return Task.CompletedTask;
    }

    public Task<bool> ShowModalAsync(Modal modal, CancellationToken ct)
    {
        if (Acknowledged)
            return Task.FromResult(false);
        Modal = modal;
        _answered.TrySetResult();
        return Task.FromResult(true);
    }

    public Task AutocompleteAsync(IReadOnlyList<AutocompleteChoice> choices, CancellationToken ct)
    {
        Choices = choices;
        _answered.TrySetResult();
        return Task.CompletedTask;
    }

    public Task UpdateMessageAsync(MessagePayload message, CancellationToken ct)
    {
        lock (_gate) Updates.Add(message);
        _answered.TrySetResult();
        return Task.CompletedTask;
    }
}
