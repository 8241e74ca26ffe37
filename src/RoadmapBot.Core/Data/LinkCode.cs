namespace RoadmapBot.Core.Data;

/// <summary>A one-time code from /link. Only its hash is stored; entered on another account before it expires, it links that account to the member.</summary>
public sealed class LinkCode
{
    public long Id { get; set; }
    public long MemberId { get; set; }
    public required string CodeHash { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
}
