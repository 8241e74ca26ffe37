namespace RoadmapBot.Telegram.Tests.Fakes;

/// <summary>A failure the fake Bot API answers once instead of the real result.</summary>
public abstract record FakeFault
{
    public sealed record TooManyRequests(int RetryAfter) : FakeFault;
    public sealed record Forbidden(string Description = "Forbidden: bot was blocked by the user") : FakeFault;
    public sealed record Conflict : FakeFault;
    public sealed record ServerError : FakeFault;
    public sealed record DropConnection : FakeFault;
}
