using Microsoft.Extensions.Options;

namespace RoadmapBot.Discord.Tests.Adapter;

public sealed class DiscordOptionsTests
{
    private readonly DiscordOptionsValidator _validator = new();

    [Fact]
    public void TokenAndApplicationId_AreValid_WithTheDefaultApiUrl()
    {
        var options = new DiscordOptions { Token = "MTIz.abc-def.ghi_jkl", ApplicationId = "123456789012345678" };

        Assert.True(_validator.Validate(null, options).Succeeded);
        Assert.Equal("https://discord.com/api/v10", options.ApiBaseUrl);
        Assert.Equal(123456789012345678UL, options.Application);
    }

    [Theory]
    [InlineData("not a token", "123")]
    [InlineData("MTIz.abc.def", "app")]
    [InlineData("", "123")]
    public void MalformedValues_FailWithAMessageWithoutTheToken(string token, string applicationId)
    {
        var result = _validator.Validate(null, new DiscordOptions { Token = token, ApplicationId = applicationId });

        Assert.True(result.Failed);
        Assert.DoesNotContain("abc.def", result.FailureMessage);
    }

    [Theory]
    [InlineData(0, "1", true)]
    [InlineData(1, "2", true)]
    [InlineData(0, "auto", true)]
    [InlineData(2, "2", false)]
    [InlineData(1, "auto", false)]
    [InlineData(0, "0", false)]
    [InlineData(0, "two", false)]
    public void Shard_MustBeOneOfTheCount_OrAutoAlone(int shardId, string shardCount, bool valid)
    {
        var options = new DiscordOptions { Token = "MTIz.abc-def.ghi_jkl", ApplicationId = "123456789012345678", ShardId = shardId, ShardCount = shardCount };

        Assert.Equal(valid, _validator.Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData("0123456789abcdef0123456789ABCDEF0123456789abcdef0123456789abcdef", true)]
    [InlineData("0123456789abcdef", false)]
    [InlineData("zz23456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", false)]
    public void PublicKey_Is64HexDigits(string publicKey, bool valid)
    {
        var options = new DiscordOptions { Token = "MTIz.abc-def.ghi_jkl", ApplicationId = "123456789012345678", PublicKey = publicKey };

        Assert.Equal(valid, _validator.Validate(null, options).Succeeded);
    }
}
