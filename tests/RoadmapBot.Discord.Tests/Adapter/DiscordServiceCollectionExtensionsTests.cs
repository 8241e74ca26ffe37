using Microsoft.Extensions.DependencyInjection;
using RoadmapBot.Discord.Client;
using RoadmapBot.Discord.Client.Models;
using RoadmapBot.Discord.Tests.Adapter.Fakes;
using Fake = RoadmapBot.Discord.Tests.Adapter.Fakes.Interactions;

namespace RoadmapBot.Discord.Tests.Adapter;

public sealed class DiscordServiceCollectionExtensionsTests
{
    [Theory]
    [InlineData("plan.md", 1000, true)]
    [InlineData("plan.pdf", 1000, false)]
    [InlineData("plan.md", 3_000_000, false)]
    public async Task ImportOfAFileItWillDownload_IsDeferredOnReceipt_ARefusedOneAnsweredAtOnce(string name, long size, bool deferAtOnce)
    {
        await using var rig = await DiscordAdapterRig.CreateAsync();
        var options = rig.Host.Services.GetRequiredService<DiscordClientOptions>();
        var file = new InteractionAttachment(44, name, size, new Uri("https://cdn.example/" + name));

        var import = Fake.Command("import", ("file", "44")) with { Attachments = new Dictionary<ulong, InteractionAttachment> { [44] = file } };

        Assert.Equal(deferAtOnce, options.DeferAtOnce(import));
        Assert.False(options.DeferAtOnce(Fake.Command("today")));
    }
}
