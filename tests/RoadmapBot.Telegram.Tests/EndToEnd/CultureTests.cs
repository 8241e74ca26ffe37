using System.Globalization;
using Microsoft.EntityFrameworkCore;
using RoadmapBot.Telegram.Tests.Fakes;
using static RoadmapBot.Telegram.Tests.Fakes.TelegramUpdates;

namespace RoadmapBot.Telegram.Tests.EndToEnd;

/// <summary>A host whose culture writes a minus as U+2212 (Swedish) stores and reads chat ids as everyone else does.</summary>
public sealed class CultureTests
{
    private static readonly FakeUser Alice = new(201, "Alice");
    private static readonly FakeChat Group = FakeChat.Group(-100500);

    [Fact]
    public async Task GroupChatId_UnderACultureWithAUnicodeMinus_IsStoredWithTheAsciiMinus()
    {
        var original = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("sv-SE");
        try
        {
            Assert.Equal("\u2212", CultureInfo.CurrentCulture.NumberFormat.NegativeSign);
            using var folder = new TempFolder();
            await using var api = await FakeBotApi.StartAsync();
            api.SetAdmins(Group.Id, Alice.Id);
            await using var bot = await TelegramBotRig.StartAsync(api, folder.Database);

            api.AddUpdate(Text(Group, Alice, "/help"));
            await api.WaitUntilAsync(a => a.Delivered(Group.Id).Count > 0, "the help");

            await using var db = bot.Db();
            var space = await db.Spaces.SingleAsync(TestContext.Current.CancellationToken);
            Assert.Equal("-100500", space.ExternalId);
            Assert.Equal(-100500, long.Parse(space.ExternalId, CultureInfo.InvariantCulture));
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }
}
