using RoadmapBot.Discord.Client.Gateway;

namespace RoadmapBot.Discord.Tests.Client.Gateway;

public sealed class GatewayCloseCodesTests
{
    [Theory]
    [InlineData(null, "Resume")]
    [InlineData(1000, "Resume")]
    [InlineData(1001, "Resume")]
    [InlineData(1006, "Resume")]
    [InlineData(4000, "Resume")]
    [InlineData(4001, "Resume")]
    [InlineData(4002, "Resume")]
    [InlineData(4005, "Resume")]
    [InlineData(4008, "Resume")]
    [InlineData(4003, "Identify")]
    [InlineData(4007, "Identify")]
    [InlineData(4009, "Identify")]
    [InlineData(4004, "Fatal")]
    [InlineData(4010, "Fatal")]
    [InlineData(4011, "Fatal")]
    [InlineData(4012, "Fatal")]
    [InlineData(4013, "Fatal")]
    [InlineData(4014, "Fatal")]
    public void Decide_FollowsDiscordsCloseCodeTable(int? code, string expected) =>
        Assert.Equal(expected, GatewayCloseCodes.Decide(code).ToString());
}
