using System.Globalization;

namespace RoadmapBot.Host.Cli;

/// <summary>
/// The command line of <c>roadmapbot [run|chat|upcoming] [--db FILE] [--clock INSTANT] [--space ID] [--group] [--user NAME]
/// [--admin] [--from DATE] [--days N] [MESSAGE…]</c>.
/// </summary>
public sealed record CliArguments
{
    public string Verb { get; init; } = "run";
    public string? Database { get; init; }
    public DateTimeOffset? Clock { get; init; }
    public string Space { get; init; } = "me";
    public bool Group { get; init; }
    public string User { get; init; } = "me";
    public bool Admin { get; init; }
    public DateOnly? From { get; init; }
    public int Days { get; init; } = 7;
    public IReadOnlyList<string> Messages { get; init; } = [];

    /// <summary>The arguments of a verb that runs the bot's host (run, chat, upcoming); null after writing the one-line error.</summary>
    public static CliArguments? ForHost(IReadOnlyList<string> args, TextWriter error)
    {
        var (cli, problem) = Parse(args);
        if (cli is { Verb: "run" or "chat" or "upcoming" })
            return cli;
        error.WriteLine($"error: {problem ?? $"unknown command '{cli?.Verb}'"}. Usage: roadmapbot [run|chat|upcoming|import|migrate-data] …");
        return null;
    }

    /// <summary>Parses the arguments, or returns a one-line error.</summary>
    public static (CliArguments? Arguments, string? Error) Parse(IReadOnlyList<string> args)
    {
        var result = new CliArguments();
        var messages = new List<string>();
        var start = 0;
        if (args.Count > 0 && !args[0].StartsWith("--", StringComparison.Ordinal))
        {
            result = result with { Verb = args[0] };
            start = 1;
        }
        for (var i = start; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new FormatException($"{args[i]} needs a value");
            try
            {
                switch (args[i])
                {
                    case "--db": result = result with { Database = Value() }; break;
                    case "--space": result = result with { Space = Value() }; break;
                    case "--user": result = result with { User = Value() }; break;
                    case "--group": result = result with { Group = true }; break;
                    case "--admin": result = result with { Admin = true }; break;
                    case "--clock": result = result with { Clock = ParseInstant(Value()) }; break;
                    case "--from": result = result with { From = ParseDate(Value()) }; break;
                    case "--days": result = result with { Days = ParseDays(Value()) }; break;
                    case var option when option.StartsWith("--", StringComparison.Ordinal):
                        return (null, $"unknown option {option}");
                    default: messages.Add(args[i]); break;
                }
            }
            catch (FormatException e)
            {
                return (null, e.Message);
            }
        }
        return (result with { Messages = messages }, null);
    }

    private static DateOnly ParseDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new FormatException($"--from wants a date such as 2026-03-30, not '{text}'");

    private static int ParseDays(string text) =>
        int.TryParse(text, CultureInfo.InvariantCulture, out var days) && days is >= 1 and <= 366
            ? days
            : throw new FormatException($"--days wants a number of days from 1 to 366, not '{text}'");

    private static DateTimeOffset ParseInstant(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? instant
            : throw new FormatException($"--clock wants an ISO 8601 instant such as 2026-01-05T08:00:00Z, not '{text}'");
}
