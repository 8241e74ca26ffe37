using System.Globalization;
using System.Text.Json;
using RoadmapBot.Discord.Client.Interactions;
using RoadmapBot.Discord.Client.Models;
using RoadmapBot.Discord.Tests.Fakes;

namespace RoadmapBot.Discord.Tests.Client.Interactions;

public sealed class InteractionParserTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static Interaction Parse(string json) => InteractionParser.Parse(JsonDocument.Parse(json).RootElement, Now);

    [Fact]
    public void GuildSlashCommand_ReadsOptionsMemberUserAndPermissions()
    {
        var interaction = Parse(FakeInteractions.SlashCommand("log", [("metric", 3, "sql"), ("amount", 10, 1.5), ("public", 5, true)], permissions: "32"));

        Assert.Equal((InteractionType.ApplicationCommand, "log"), (interaction.Type, interaction.CommandName));
        Assert.Equal([("metric", "sql"), ("amount", "1.5"), ("public", "true")], interaction.Options.Select(o => (o.Name, o.Value)));
        Assert.Equal(CommandOptionType.Number, interaction.Options[1].Type);
        Assert.Equal((FakeInteractions.UserId, "Ada"), (interaction.User.Id, interaction.User.DisplayName));
        Assert.Equal((FakeInteractions.GuildId, 32UL), (interaction.GuildId!.Value, interaction.MemberPermissions!.Value));
        Assert.Equal(Now, interaction.ReceivedAt);
    }

    [Theory]
    [InlineData(11, 800UL)]
    [InlineData(12, 800UL)]
    [InlineData(0, null)]
    public void ThreadParent_IsTheChannelOfAThread_NeverTheCategoryOfAChannel(int channelType, ulong? parent)
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(FakeInteractions.SlashCommand("today"))!;
        json["channel"] = new System.Text.Json.Nodes.JsonObject { ["id"] = "900", ["type"] = channelType, ["parent_id"] = "800" };

        Assert.Equal(parent, Parse(json.ToJsonString()).ThreadParentId);
    }

    [Theory]
    [InlineData("""{"type":2,"id":"1","application_id":"2","token":"t","channel_id":"3","data":{"name":"today"}}""", "neither \"member\" nor \"user\"")]
    [InlineData("""{"type":2,"id":"1","application_id":"2","user":{"id":"5","username":"ada"}}""", "no \"token\"")]
    [InlineData("""{"type":2,"application_id":"2","token":"t","user":{"id":"5","username":"ada"}}""", "no \"id\" snowflake")]
    [InlineData("""{"type":2,"id":"1","application_id":"2","token":"t","member":{"permissions":"8"}}""", "no \"member.user\"")]
    [InlineData("""[1,2,3]""", "a JSON Array, not an object")]
    public void MissingField_IsNamedInTheError(string json, string said)
    {
        var error = Assert.Throws<FormatException>(() => Parse(json));

        Assert.Contains(said, error.Message);
    }

    [Fact]
    public void CreatedAt_IsTheTimestampInTheSnowflakeId()
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(FakeInteractions.SlashCommand("today"))!;
        json["id"] = "175928847299117063";  // Discord's documented example: 2016-04-30 11:18:25.796 UTC

        var interaction = Parse(json.ToJsonString());

        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1462015105796), interaction.CreatedAt);
    }

    [Fact]
    public void DirectMessage_TakesTheTopLevelUser_AndHasNoGuildOrPermissions()
    {
        var interaction = Parse(FakeInteractions.SlashCommand("today", guild: false));

        Assert.Equal(FakeInteractions.UserId, interaction.User.Id);
        Assert.Null(interaction.GuildId);
        Assert.Null(interaction.MemberPermissions);
    }

    [Fact]
    public void Subcommands_AreFlattenedIntoTheCommandNameAndTheirOptions()
    {
        var interaction = Parse("""
            {"id":"1","application_id":"2","type":2,"token":"t","channel_id":"3","user":{"id":"4","username":"u"},
             "data":{"name":"schedule","type":1,"options":[{"name":"group","type":2,"options":[
               {"name":"set","type":1,"options":[{"name":"time","type":3,"value":"09:00"}]}]}]}}
            """);

        Assert.Equal("schedule group set", interaction.CommandName);
        Assert.Equal(("time", "09:00"), (interaction.Options.Single().Name, interaction.Options.Single().Value));
    }

    [Fact]
    public void Autocomplete_MarksTheFocusedOption()
    {
        var interaction = Parse("""
            {"id":"1","application_id":"2","type":4,"token":"t","user":{"id":"4","username":"u"},
             "data":{"name":"done","type":1,"options":[{"name":"key","type":3,"value":"t","focused":true}]}}
            """);

        Assert.True(interaction.Options.Single().Focused);
    }

    [Fact]
    public void AttachmentOption_ResolvesTheAttachment()
    {
        var interaction = Parse("""
            {"id":"1","application_id":"2","type":2,"token":"t","user":{"id":"4","username":"u"},
             "data":{"name":"import","type":1,"options":[{"name":"file","type":11,"value":"99"}],
               "resolved":{"attachments":{"99":{"id":"99","filename":"roadmap.md","size":1234,"url":"https://cdn.discordapp.com/a/roadmap.md"}}}}}
            """);

        var attachment = interaction.Attachments[ulong.Parse(interaction.Options.Single().Value!, CultureInfo.InvariantCulture)];
        Assert.Equal(("roadmap.md", 1234L), (attachment.FileName, attachment.Size));
    }

    [Fact]
    public void ModalSubmit_ReadsTextInputsFromRowsAndLabels()
    {
        var rows = Parse(FakeInteractions.ModalSubmit("review:1", [("q1", "shipped"), ("q2", "")]));
        var labels = Parse("""
            {"id":"1","application_id":"2","type":5,"token":"t","user":{"id":"4","username":"u"},
             "data":{"custom_id":"review:2","components":[{"type":18,"component":{"type":4,"custom_id":"q3","value":"rest"}}]}}
            """);

        Assert.Equal(("review:1", "shipped", ""), (rows.CustomId, rows.ModalValues["q1"], rows.ModalValues["q2"]));
        Assert.Equal("rest", labels.ModalValues["q3"]);
    }

    [Fact]
    public void ButtonPress_ReadsTheCustomId()
    {
        var interaction = Parse(FakeInteractions.ButtonPress("done:t5"));

        Assert.Equal((InteractionType.MessageComponent, "done:t5"), (interaction.Type, interaction.CustomId));
        Assert.False(interaction.OnEphemeralMessage);
    }

    [Fact]
    public void ButtonPress_OnAnEphemeralMessage_SaysSo()
    {
        var interaction = Parse(FakeInteractions.ButtonPress("done:t5", onEphemeral: true));

        Assert.True(interaction.OnEphemeralMessage);
    }
}
