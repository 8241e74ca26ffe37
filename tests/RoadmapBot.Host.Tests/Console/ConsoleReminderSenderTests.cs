using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Reminders;
using RoadmapBot.Core.Scheduling;
using RoadmapBot.Host.Console;

namespace RoadmapBot.Host.Tests.Console;

public sealed class ConsoleReminderSenderTests
{
    [Fact]
    public async Task DigestWithAChart_PrintsTheTextAndSavesThePicture()
    {
        using var db = new TempDatabase();
        var output = new StringWriter();
        var files = Path.Combine(db.Folder, "files");
        var sender = new ConsoleReminderSender(output, new ConsoleFiles(files));
        var space = new Space { Id = 1, Platform = ChatPlatform.Console, ExternalId = "club", IsGroup = true };
        var digest = ChatReply.Text("📊 Group digest") with { File = new ChatFile("digest.png", [1, 2, 3]) };
        var delivery = new ReminderDelivery(new ReminderRecipient(space, null),
            new OutboxEntry { Key = "s1:digest:2026-04-13T09:00", LocalOccurrence = "2026-04-13T09:00", Kind = ReminderKind.Digest },
            digest, DeliverHere: true, new DateTimeOffset(2026, 4, 13, 9, 0, 0, TimeSpan.Zero));

        await sender.SendAsync(delivery, TestContext.Current.CancellationToken);

        var path = Path.Combine(files, "digest.png");
        Assert.Contains($"📊 Group digest\nsaved: {path}", output.ToString().ReplaceLineEndings("\n"));
        Assert.Equal([1, 2, 3], await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken));
    }
}
