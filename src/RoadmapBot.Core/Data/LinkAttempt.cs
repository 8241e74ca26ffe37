namespace RoadmapBot.Core.Data;

/// <summary>A wrong code entered with /link CODE, counted so that codes cannot be guessed by trying many.</summary>
public sealed class LinkAttempt
{
    public long Id { get; set; }
    public long MemberId { get; set; }
    public DateTimeOffset At { get; set; }
}
