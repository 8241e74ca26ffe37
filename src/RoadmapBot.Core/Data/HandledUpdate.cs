using System.ComponentModel.DataAnnotations;

namespace RoadmapBot.Core.Data;

/// <summary>
/// A platform update whose command has run, saved with the command's own changes: a platform that sends the update
/// again (a restart before its confirmation) finds it here and it is not run twice.
/// </summary>
public sealed class HandledUpdate
{
    /// <summary>How long one is kept: far past any platform's redelivery (Telegram keeps updates 24 hours).</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(7);

    [Key, MaxLength(100)]
    public required string Key { get; set; }
    public DateTimeOffset At { get; set; }
}
