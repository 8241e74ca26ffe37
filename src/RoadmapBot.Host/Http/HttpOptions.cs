namespace RoadmapBot.Host.Http;

/// <summary>"RoadmapBot:Http": where Kestrel serves /healthz, /readyz and /metrics.</summary>
public sealed class HttpOptions
{
    public const string Section = "RoadmapBot:Http";
    public const string DefaultUrls = "http://127.0.0.1:8080";
    public const string Off = "off";

    /// <summary>Semicolon-separated http:// URLs (http://0.0.0.0:8080 for every interface), or "off".</summary>
    public string? Urls { get; set; }

    /// <summary>
    /// What to serve: the configured URLs; unset, the loopback default when a platform adapter runs and nothing in console
    /// mode (a local chat needs no server); "off", nothing.
    /// </summary>
    public static string? ToServe(string? configured, bool platformRuns) =>
        string.IsNullOrWhiteSpace(configured) ? (platformRuns ? DefaultUrls : null)
        : string.Equals(configured.Trim(), Off, StringComparison.OrdinalIgnoreCase) ? null
        : configured.Trim();

    /// <summary>Each URL of <paramref name="urls"/>, as Kestrel reads a semicolon-separated list.</summary>
    public static string[] Split(string urls) => urls.Split(';', StringSplitOptions.TrimEntries);
}
