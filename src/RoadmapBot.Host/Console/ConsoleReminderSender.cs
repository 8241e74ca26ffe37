using System.Globalization;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Reminders;

namespace RoadmapBot.Host.Console;

/// <summary>Delivers reminders of console spaces by printing them under one greppable header line.</summary>
public sealed class ConsoleReminderSender(TextWriter output) : IReminderSender
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public ChatPlatform Platform => ChatPlatform.Console;

    public async Task<DeliveryOutcome> SendAsync(ReminderDelivery delivery, CancellationToken ct)
    {
        var entry = delivery.Entry;
        var header = $"SENT kind={ReminderPlanner.Name(entry.Kind)} member={delivery.Recipient.Member?.DisplayName ?? "-"} " +
            $"space={delivery.Recipient.Space.ExternalId} occurrence={delivery.Occurrence.ToString("yyyy-MM-dd'T'HH:mmzzz", CultureInfo.InvariantCulture)} " +
            $"late={(entry.Late ? "yes" : "no")}";
        await _gate.WaitAsync(ct);
        try
        {
            await output.WriteLineAsync();  // the chat prompt may be waiting on the current line
            await output.WriteLineAsync(header);
            await output.WriteLineAsync(delivery.Message.ToPlainText());
            await output.FlushAsync(ct);
        }
        finally
        {
            _gate.Release();
        }
        return DeliveryOutcome.Sent;
    }
}
