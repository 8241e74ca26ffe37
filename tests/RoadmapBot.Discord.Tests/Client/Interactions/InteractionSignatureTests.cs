using System.Text;
using RoadmapBot.Discord.Client.Interactions;
using RoadmapBot.Discord.Tests.Fakes;

namespace RoadmapBot.Discord.Tests.Client.Interactions;

/// <summary>Only Discord's own, fresh requests pass: signed with the application's key over timestamp + the exact body.</summary>
public sealed class InteractionSignatureTests : IDisposable
{
    private const string Body = """{"type":1}""";
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
    private readonly InteractionSigner _discord = new();
    private readonly InteractionSigner _forger = new();

    public void Dispose()
    {
        _discord.Dispose();
        _forger.Dispose();
    }

    [Fact]
    public void SignedByTheApplicationsKey_IsValid()
    {
        var (signature, timestamp) = _discord.Sign(Body, Now);

        Assert.True(Check().IsValid(signature, timestamp, Encoding.UTF8.GetBytes(Body), Now));
    }

    [Fact]
    public void SignedByAnotherKey_IsNot()
    {
        var (signature, timestamp) = _forger.Sign(Body, Now);

        Assert.False(Check().IsValid(signature, timestamp, Encoding.UTF8.GetBytes(Body), Now));
    }

    [Fact]
    public void BodyChangedAfterSigning_IsNot()
    {
        var (signature, timestamp) = _discord.Sign(Body, Now);

        Assert.False(Check().IsValid(signature, timestamp, Encoding.UTF8.GetBytes("""{"type":2}"""), Now));
    }

    [Theory]
    [InlineData(-301, false)]
    [InlineData(-299, true)]
    [InlineData(299, true)]
    [InlineData(301, false)]
    public void TimestampMoreThanFiveMinutesFromOurClock_IsNot(int secondsOff, bool valid)
    {
        var (signature, timestamp) = _discord.Sign(Body, Now.AddSeconds(secondsOff));

        Assert.Equal(valid, Check().IsValid(signature, timestamp, Encoding.UTF8.GetBytes(Body), Now));
    }

    [Theory]
    [InlineData(null, "1796288400")]
    [InlineData("", "1796288400")]
    [InlineData("zz", "1796288400")]
    [InlineData("SIGNATURE", null)]
    [InlineData("SIGNATURE", "yesterday")]
    [InlineData("SIGNATURE", "99999999999999999999")]
    public void MissingOrMalformedHeaders_AreNot(string? signature, string? timestamp)
    {
        var real = _discord.Sign(Body, Now).Signature;

        Assert.False(Check().IsValid(signature == "SIGNATURE" ? real : signature, timestamp, Encoding.UTF8.GetBytes(Body), Now));
    }

    private InteractionSignature Check() => new(_discord.PublicKeyHex);
}
