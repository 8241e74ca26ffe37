namespace RoadmapBot.Telegram.Tests.Fakes;

/// <summary>A failure the fake Bot API answers once instead of the real result.</summary>
public abstract record FakeFault
{
    public sealed record TooManyRequests(int RetryAfter) : FakeFault;
    public sealed record Forbidden(string Description = "Forbidden: bot was blocked by the user") : FakeFault;
    public sealed record Conflict : FakeFault;
    public sealed record ServerError : FakeFault;
    /// <summary>A proxy's HTML error page instead of Telegram's JSON, as a 502 from a gateway in between.</summary>
    public sealed record BadGateway : FakeFault;
    /// <summary>
    /// Telegram's final answer to a call it will not do, such as setWebhook's 400 for a URL it will not post to;
    /// <paramref name="MigrateTo"/> adds the parameters of a group upgraded to a supergroup.
    /// </summary>
    public sealed record Refused(int Code, string Description, long? MigrateTo = null) : FakeFault;
    public sealed record DropConnection : FakeFault;
}
