namespace RoadmapBot.Core.Dashboard;

/// <summary>The dashboard's half of "RoadmapBot:Http": where links point and, optionally, the key that signs them.</summary>
public sealed class DashboardOptions
{
    public const string Section = "RoadmapBot:Http";

    /// <summary>The address members open, e.g. https://bot.example.org (the reverse proxy in front); links are built from it.</summary>
    public string? PublicUrl { get; set; }

    /// <summary>The HMAC key for links; unset, one is made on first use and kept in the shared database.</summary>
    public string? SigningKey { get; set; }
}
