using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace RoadmapBot.Host.Http;

/// <summary>Refuses at start-up, in one line, URLs Kestrel cannot serve plainly: not http://, no port, a path, an empty entry.</summary>
public sealed class HttpOptionsValidator : IValidateOptions<HttpOptions>
{
    public ValidateOptionsResult Validate(string? name, HttpOptions options)
    {
        var urls = HttpOptions.ToServe(options.Urls, platformRuns: false);
        if (urls is null) return ValidateOptionsResult.Success;
        var problems = HttpOptions.Split(urls).Select(Problem).OfType<string>().ToList();
        return problems.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{HttpOptions.Section}:Urls '{urls}': {string.Join("; ", problems)}");
    }

    private static string? Problem(string url)
    {
        if (url.Length == 0) return "an empty entry (URLs are separated by ';')";
        // TLS belongs to the reverse proxy or load balancer in front: Kestrel here serves plain HTTP on a private address.
        if (!url.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            return $"'{url}' is not an http:// URL such as {HttpOptions.DefaultUrls} (put TLS in a proxy in front)";
        try
        {
            var address = BindingAddress.Parse(url);
            if (address.PathBase.Length > 0) return $"'{url}' has a path; the endpoints are /healthz, /readyz and /metrics at the root";
            if (!url[7..].Contains(':', StringComparison.Ordinal) || url.EndsWith(']')) return $"'{url}' needs a port, such as http://127.0.0.1:8080";
            return null;
        }
        catch (FormatException)
        {
            return $"'{url}' is not a URL Kestrel can listen on, such as {HttpOptions.DefaultUrls}";
        }
    }
}
