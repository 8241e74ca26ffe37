namespace RoadmapBot.Telegram.Webhook;

/// <summary>Wakes this instance's inbox reader when the endpoint stored an update, so it need not wait for its next look.</summary>
public sealed class InboxSignal
{
    private readonly Lock _gate = new();
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Next
    {
        get { lock (_gate) return _next.Task; }
    }

    public void Wake()
    {
        lock (_gate)
        {
            _next.TrySetResult();
            _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }
}
