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
}
