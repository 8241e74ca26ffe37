using RoadmapBot.Core.Chat;
using RoadmapBot.Discord.Client.Models;
using RoadmapBot.Discord.Rendering;

namespace RoadmapBot.Discord.Tests.Adapter.Rendering;

public sealed class DiscordMessagesTests
{
    [Fact]
    public void Buttons_GoOnTheLastPart_FiveToARow_AtMostFiveRows()
    {
        var reply = new ReplyBuilder();
        for (var i = 0; i < 300; i++) reply.Bullet($"item {i} with a few words to fill the line");
        for (var i = 1; i <= 30; i++) reply.Button($"✅ t{i}", $"/done t{i}");

        var payloads = DiscordMessages.Render(reply.Build(), MessageFlags.Ephemeral);

        Assert.True(payloads.Count > 1);
        Assert.All(payloads.SkipLast(1), p => Assert.Empty(p.Components));
        Assert.All(payloads, p => Assert.Equal(MessageFlags.Ephemeral, p.Flags));
        var rows = payloads[^1].Components;
        Assert.Equal(5, rows.Count);
        Assert.All(rows, r => Assert.Equal(5, r.Buttons.Count));
        Assert.Equal("rb:/done t1", rows[0].Buttons[0].CustomId);
    }

    [Fact]
    public void LinkButton_IsALinkStyleButtonWithItsUrl_AndAJumpToThePrivateChatIsLeftOut()
    {
        var reply = ChatReply.Text("x") with
        {
            Buttons = [new ChatButton("Open", "/dashboard") { Url = "https://bot.example.org/d" }, new ChatButton("Private", "/dashboard") { OpensPrivateChat = true }],
        };

        var button = Assert.Single(Assert.Single(DiscordMessages.Render(reply)[^1].Components).Buttons);

        Assert.Equal(ButtonStyle.Link, button.Style);
        Assert.Equal("https://bot.example.org/d", button.Url);
    }

    [Fact]
    public void Buttons_WithCommandsThatCannotBeIds_OrRepeated_AreLeftOut()
    {
        var reply = ChatReply.Text("x") with
        {
            Buttons = [new("ok", "/done t1"), new("again", "/done t1"), new("long", "/note t1 " + new string('a', 120)), new("not ours", "/teleport")],
        };

        var buttons = Assert.Single(DiscordMessages.Render(reply)).Components.SelectMany(r => r.Buttons).ToList();

        Assert.Equal(["ok"], buttons.Select(b => b.Label));
    }

    [Fact]
    public void PngFile_IsUploadedAndShownAsTheEmbedsImage_OtherFilesAreAttachments()
    {
        var chart = Assert.Single(DiscordMessages.Render(ChatReply.Text("p") with { File = new ChatFile("progress.png", [1, 2]) }));
        var export = Assert.Single(DiscordMessages.Render(ChatReply.Text("e") with { File = new ChatFile("roadmap.csv", [3]) }));

        Assert.Equal("progress.png", Assert.Single(chart.Files).FileName);
        Assert.Equal("attachment://progress.png", Assert.Single(chart.Embeds).ImageUrl);
        Assert.Equal("roadmap.csv", Assert.Single(export.Files).FileName);
        Assert.Empty(export.Embeds);
    }
}
