using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Chat;

namespace RoadmapBot.Core.Data;

/// <summary>Where a platform's update feed stands for one bot: every update up to <see cref="LastUpdateId"/> has been handled.</summary>
[PrimaryKey(nameof(Platform), nameof(BotId))]
public sealed class PlatformState
{
    public ChatPlatform Platform { get; set; }

    public long BotId { get; set; }

    public long LastUpdateId { get; set; }
}
