using RoadmapBot.Host.Http;

namespace RoadmapBot.Host.Tests.Http;

public sealed class HttpOptionsTests
{
    [Fact]
    public void ToServe_InConsoleModeWithoutUrls_IsNothing() => Assert.Null(HttpOptions.ToServe(null, platformRuns: false));

    [Fact]
    public void ToServe_WithAPlatformAndNoUrls_IsLoopbackPort8080() =>
        Assert.Equal("http://127.0.0.1:8080", HttpOptions.ToServe(" ", platformRuns: true));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ToServe_ConfiguredUrls_AreServedInEitherMode(bool platformRuns) =>
        Assert.Equal("http://0.0.0.0:9090", HttpOptions.ToServe("http://0.0.0.0:9090", platformRuns));

    [Theory]
    [InlineData("off")]
    [InlineData("OFF")]
    public void ToServe_Off_IsNothingEvenWithAPlatform(string off) => Assert.Null(HttpOptions.ToServe(off, platformRuns: true));

    [Theory]
    [InlineData("http://127.0.0.1:8080")]
    [InlineData("http://0.0.0.0:8080;http://[::1]:9090")]
    [InlineData("http://+:80")]
    [InlineData("http://localhost:0")]
    [InlineData("off")]
    [InlineData(null)]
    public void Validator_AcceptsPlainHttpUrlsWithAPort(string? urls) =>
        Assert.True(new HttpOptionsValidator().Validate(null, new HttpOptions { Urls = urls }).Succeeded);

    [Theory]
    [InlineData("https://127.0.0.1:8443", "http://")]
    [InlineData("127.0.0.1:8080", "http://")]
    [InlineData("http://127.0.0.1", "port")]
    [InlineData("http://127.0.0.1:8080/health", "path")]
    [InlineData("http://127.0.0.1:8080;", "empty")]
    public void Validator_RefusesWhatKestrelCannotServePlainly(string urls, string why)
    {
        var result = new HttpOptionsValidator().Validate(null, new HttpOptions { Urls = urls });

        Assert.True(result.Failed);
        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith("RoadmapBot:Http:Urls", failure, StringComparison.Ordinal);
        Assert.Contains(why, failure, StringComparison.Ordinal);
    }
}
