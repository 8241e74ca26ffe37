using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Commands;
using RoadmapBot.Discord.Tests.Adapter.Fakes;
using RoadmapBot.Discord.Tests.Fakes;

namespace RoadmapBot.Discord.Tests.Adapter.EndToEnd;

/// <summary>A seed imported into the fake's guild channel straight through the engine, so a test starts from a loaded roadmap.</summary>
internal static class SeedImport
{
    public static async Task IntoFakeGuildAsync(IServiceProvider services, string prefix)
    {
        var message = new ChatMessage(ChatPlatform.Discord, FakeInteractions.ChannelId.ToString(CultureInfo.InvariantCulture), IsGroup: true,
            FakeInteractions.UserId.ToString(CultureInfo.InvariantCulture), "Ada", "/import")
        {
            Attachments = [new ChatAttachment("roadmap.md", Seeds.Read(prefix))],
            SenderIsPlatformAdmin = true,
        };
        var reply = await services.GetRequiredService<ChatEngine>().HandleAsync(message, TestContext.Current.CancellationToken);
        Assert.StartsWith("Imported", reply[0].ToPlainText());
    }
}
