using System.Text.Json;

namespace RoadmapBot.Discord.Tests.Fakes;

/// <summary>One REST request the fake received. Path is relative to the API base ("/channels/1/messages"), query included.</summary>
public sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string? Body, IReadOnlyList<RecordedPart> Parts)
{
    /// <summary>The JSON body, or a multipart request's payload_json.</summary>
    public string? Json => Parts.Count > 0 ? Parts.FirstOrDefault(p => p.Name == "payload_json")?.Text : Body;

    public JsonElement JsonBody => JsonDocument.Parse(Json ?? "null").RootElement;

    public string PathWithoutQuery => Path.Split('?')[0];

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}

/// <summary>One part of a multipart body: payload_json as text, files[n] with their file name and size.</summary>
public sealed record RecordedPart(string Name, string? FileName, string? ContentType, string? Text, int Length);

/// <summary>A scripted REST answer.</summary>
public sealed record FakeResponse(int Status, string? Json = null, IReadOnlyDictionary<string, string>? Headers = null, string ContentType = "application/json")
{
    public static FakeResponse GlobalTooManyRequests(double retryAfterSeconds) => new(429,
        $$"""{"message":"You are being rate limited.","retry_after":{{retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}},"global":true}""",
        new Dictionary<string, string>
        {
            ["Retry-After"] = Math.Ceiling(retryAfterSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["X-RateLimit-Global"] = "true",
            ["X-RateLimit-Scope"] = "global",
        });

    public static FakeResponse Error(int status, int code, string message) => new(status, $$"""{"code":{{code}},"message":"{{message}}"}""");
}

/// <summary>A frame the client sent on the gateway, with the connection it came on (1 for the first) and the path it connected to.</summary>
public sealed record GatewayFrame(int Connection, string Path, int Op, JsonElement Data);
