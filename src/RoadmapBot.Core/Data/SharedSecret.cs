using System.ComponentModel.DataAnnotations;

namespace RoadmapBot.Core.Data;

/// <summary>A secret no one configured (a webhook's secret token, a signing key), made by the first instance and read by all.</summary>
public sealed class SharedSecret
{
    [Key, MaxLength(100)]
    public required string Name { get; set; }

    [MaxLength(200)]
    public required string Value { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
