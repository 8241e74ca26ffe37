using System.Text;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Reminders;
using RoadmapBot.Core.Reminders.Pacing;

namespace RoadmapBot.Benchmarks.FanOut.Faults;

/// <summary>The sending process's side of <see cref="FaultPlatform"/>: one POST per message, sent once the platform answers 200.</summary>
public sealed class HttpPlatformSender(string url) : IReminderSender, IDisposable
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };

    public ChatPlatform Platform => ChatPlatform.Telegram;

    public async Task<DeliveryOutcome> SendAsync(ReminderDelivery delivery, CancellationToken ct)
    {
        var body = new StringContent($"{ReminderChat.Of(delivery).Id}\n{delivery.Entry.Key}", Encoding.UTF8);
        using var response = await _http.PostAsync(url, body, ct);
        return response.IsSuccessStatusCode ? DeliveryOutcome.Sent : DeliveryOutcome.RetryLater;
    }

    public void Dispose() => _http.Dispose();
}
