using Microsoft.Extensions.Options;
using RoadmapBot.Host.Startup;

namespace RoadmapBot.Host.Tests.Startup;

/// <summary>A start-up failure the operator fixes is one line a problem, whichever way the host reports it; anything else is not ours to word.</summary>
public sealed class StartupFailureTests
{
    private static readonly OptionsValidationException BadZone = new("RoadmapBot", typeof(object), ["DefaultTimeZone 'Mars/Base' is not a known zone"]);
    private static readonly OptionsValidationException BadUrls = new("Http", typeof(object), ["Urls 'nope' is not an address"]);

    [Fact]
    public void OneBadSetting_IsOneConfigurationLine()
    {
        Assert.Equal("error: configuration: DefaultTimeZone 'Mars/Base' is not a known zone", StartupFailure.Describe(BadZone));
    }

    [Fact]
    public void SeveralBadSections_AtStart_AreOneLineEach()
    {
        Assert.Equal(["error: configuration: DefaultTimeZone 'Mars/Base' is not a known zone", "error: configuration: Urls 'nope' is not an address"],
            StartupFailure.Describe(new AggregateException(BadZone, BadUrls))!.Split(Environment.NewLine));
    }

    [Fact]
    public void ADatabaseItCannotUse_IsTheInitializersOneLine()
    {
        var failure = new RoadmapBot.Core.Data.DatabaseUnusableException("database: the SQLite file /d/x.db is not a SQLite database file.", new IOException());

        Assert.Equal("error: database: the SQLite file /d/x.db is not a SQLite database file.", StartupFailure.Describe(failure));
    }

    [Fact]
    public void PortInUse_SaysWhichSettingToChange()
    {
        var line = StartupFailure.Describe(new IOException("Failed to bind to address http://127.0.0.1:8080: address already in use."));

        Assert.Equal("error: Failed to bind to address http://127.0.0.1:8080: address already in use. Set RoadmapBot__Http__Urls to a free address, or to off.", line);
    }

    [Fact]
    public void AnyOtherFailure_IsNotDescribed()
    {
        Assert.Null(StartupFailure.Describe(new IOException("disk full")));
        Assert.Null(StartupFailure.Describe(new InvalidOperationException("boom")));
    }
}
