using System.ComponentModel.DataAnnotations;
using System.ComponentModel.DataAnnotations.Schema;

namespace RoadmapBot.Core.Data;

/// <summary>Where Telegram polling stands: every update up to <see cref="LastUpdateId"/> has been handled (one row per bot).</summary>
public sealed class TelegramState
{
    [Key, DatabaseGenerated(DatabaseGeneratedOption.None)]
    public long BotId { get; set; }

    public long LastUpdateId { get; set; }
}
