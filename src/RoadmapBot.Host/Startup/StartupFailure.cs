using Microsoft.Extensions.Options;
using RoadmapBot.Core.Data;

namespace RoadmapBot.Host.Startup;

/// <summary>The failures a start can meet that the operator fixes (a bad setting, a port in use, a database it cannot use), one line each; null for any other.</summary>
public static class StartupFailure
{
    public static string? Describe(Exception e) => e switch
    {
        OptionsValidationException bad => Configuration([bad]),
        AggregateException { InnerExceptions: [OptionsValidationException, ..] } all => Configuration(all.InnerExceptions.OfType<OptionsValidationException>()),
        IOException taken when taken.Message.StartsWith("Failed to bind", StringComparison.Ordinal) =>
            $"error: {taken.Message} Set RoadmapBot__Http__Urls to a free address, or to off.",
        DatabaseUnusableException database => $"error: {database.Message}",
        _ => null,
    };

    private static string Configuration(IEnumerable<OptionsValidationException> failures) =>
        string.Join(Environment.NewLine, failures.SelectMany(v => v.Failures).Select(f => $"error: configuration: {f}"));
}
