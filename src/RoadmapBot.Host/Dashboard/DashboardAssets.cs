using System.Reflection;
using Microsoft.AspNetCore.Http;

namespace RoadmapBot.Host.Dashboard;

/// <summary>The dashboard's own CSS and JS, built into the program: no third-party script, font or stylesheet.</summary>
public static class DashboardAssets
{
    private static readonly Dictionary<string, (string Type, byte[] Content)> Files = new(StringComparer.Ordinal)
    {
        ["site.css"] = ("text/css; charset=utf-8", Read("site.css")),
        ["site.js"] = ("text/javascript; charset=utf-8", Read("site.js")),
    };

    public static IResult Serve(string file, HttpResponse response)
    {
        SecurityHeaders.Apply(response);
        if (!Files.TryGetValue(file, out var asset))
            return Results.NotFound();
        response.Headers.CacheControl = "public, max-age=3600";
        return Results.Bytes(asset.Content, asset.Type);
    }

    private static byte[] Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"RoadmapBot.Host.Dashboard.assets.{name}")
            ?? throw new InvalidOperationException($"the dashboard asset {name} is not built in");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
