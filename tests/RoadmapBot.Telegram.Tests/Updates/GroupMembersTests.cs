using System.Text.Json;
using System.Text.Json.Nodes;
using RoadmapBot.Telegram.Tests.Fakes;
using RoadmapBot.Telegram.Updates;
using Telegram.Bot;
using Telegram.Bot.Types;
using static RoadmapBot.Telegram.Tests.Fakes.TelegramUpdates;

namespace RoadmapBot.Telegram.Tests.Updates;

/// <summary>Who joined or left a group, read from chat_member updates and join/leave service messages.</summary>
public sealed class GroupMembersTests
{
    private static readonly FakeUser Bob = new(202, "Bob");
    private static readonly FakeChat Group = FakeChat.Group(-100500);

    private static Update Parse(JsonObject update) => JsonSerializer.Deserialize<Update>(update.ToJsonString(), JsonBotAPI.Options)!;

    [Theory]
    [InlineData("member", "left", false)]
    [InlineData("member", "kicked", false)]
    [InlineData("left", "member", true)]
    [InlineData("kicked", "administrator", true)]
    public void StatusChange_IntoOrOutOfTheGroup_IsAMemberComingOrGoing(string from, string to, bool present)
    {
        var members = GroupMembers.Of(Parse(MemberStatus(Group, Bob, from, to)).ChatMember!);

        Assert.Equal(("-100500", "202", present), (members?.ChatId, Assert.Single(members!.UserIds), members.Present));
    }

    [Fact]
    public void Promotion_IsNoComingOrGoing()
    {
        Assert.Null(GroupMembers.Of(Parse(MemberStatus(Group, Bob, "member", "administrator")).ChatMember!));
    }

    [Fact]
    public void LeftChatMember_IsAMemberGoing_NewChatMembersComing_BotsAside()
    {
        var joined = Parse(Text(Group, Bob, "x")).Message!;
        joined.Text = null;
        joined.NewChatMembers = [new User { Id = 204, FirstName = "Cat" }, new User { Id = 9, FirstName = "Helper", IsBot = true }];

        var left = GroupMembers.Of(Parse(LeftChat(Group, Bob)).Message!);
        var came = GroupMembers.Of(joined);

        Assert.Equal((false, "202"), (left?.Present, Assert.Single(left!.UserIds)));
        Assert.Equal((true, "204"), (came?.Present, Assert.Single(came!.UserIds)));
    }

    [Fact]
    public void OrdinaryMessage_IsNoComingOrGoing()
    {
        Assert.Null(GroupMembers.Of(Parse(Text(Group, Bob, "/today")).Message!));
    }
}
