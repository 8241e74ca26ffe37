using System.Globalization;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Reminders;
using RoadmapBot.Core.Scheduling;

namespace RoadmapBot.Host.Console;

/// <summary>Delivers reminders of console spaces by printing them under one greppable header line; a chart is saved and its path printed.</summary>
public sealed class ConsoleReminderSender(TextWriter output, ConsoleFiles files) : IReminderSender
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
            if (delivery.Message.File is { } file)
                await output.WriteLineAsync($"saved: {await files.SaveAsync(file)}");
            await output.FlushAsync(ct);
        }
        finally
        {
            _gate.Release();
        }
        return DeliveryOutcome.Sent;
    }
}
