using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace RoadmapBot.Core.Verification;

/// <summary>The "RoadmapBot:GitHub" section: where GitHub's API is, and an optional token for more than 60 requests an hour.</summary>
public sealed class GitHubOptions
{
    public const string Section = "RoadmapBot:GitHub";

    [Required, Url]
    public string ApiUrl { get; set; } = "https://api.github.com/";

    /// <summary>A personal access token (no scopes needed for public events); never logged.</summary>
    public string? Token { get; set; }
}

[OptionsValidator]
public sealed partial class GitHubOptionsValidator : IValidateOptions<GitHubOptions>;
