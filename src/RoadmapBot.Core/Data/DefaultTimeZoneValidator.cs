using Microsoft.Extensions.Options;

namespace RoadmapBot.Core.Data;

/// <summary>Refuses to start with a default time zone this machine does not know.</summary>
public sealed class DefaultTimeZoneValidator : IValidateOptions<RoadmapBotOptions>
{
    public ValidateOptionsResult Validate(string? name, RoadmapBotOptions options) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(options.DefaultTimeZone, out _)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"RoadmapBot:DefaultTimeZone '{options.DefaultTimeZone}' is not a known time zone (use an IANA id such as Europe/Berlin).");
}
