using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace RoadmapBot.Core.Data;

/// <summary>The "RoadmapBot" configuration section.</summary>
public sealed class RoadmapBotOptions
{
    public const string Section = "RoadmapBot";

    [Required]
    public string Database { get; set; } = "./data/roadmapbot.db";

    /// <summary>The folder the database file is in (made at start): what the bot keeps beside it, e.g. files and logs that outlive a restart.</summary>
    public string DataFolder => Path.GetDirectoryName(Path.GetFullPath(Database)) ?? ".";

    /// <summary>An Npgsql connection string; when set, PostgreSQL is used instead of the SQLite file (several instances can share it).</summary>
    public string? PostgreSql { get; set; }

    /// <summary>IANA zone for members and spaces that have not set one.</summary>
    [Required]
    public string DefaultTimeZone { get; set; } = "UTC";

    /// <summary>Missed days a month that keep a member's streak alive (no carry-over to the next month).</summary>
    [Range(0, 31)]
    public int FreezesPerMonth { get; set; } = 2;

    /// <summary>How long a command waits for a database another process holds before it answers "try again in a minute".</summary>
    [Range(1, 600)]
    public int BusyTimeoutSeconds { get; set; } = 30;
}

[OptionsValidator]
public sealed partial class RoadmapBotOptionsValidator : IValidateOptions<RoadmapBotOptions>;
