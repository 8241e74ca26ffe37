using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Progress;

namespace RoadmapBot.Core.Commands;

public sealed record LogEntry(string Metric, double Amount, MetricInfo? Info);

/// <summary>"/log sql 4 project 2h commits 1 tough joins": metric-amount pairs, then an optional note.</summary>
public sealed record LogRequest(IReadOnlyList<LogEntry> Entries, string? Note, string? Error)
{
    /// <summary>The most metric-amount pairs one /log takes.</summary>
    public const int MaxPairs = 10;

    public static LogRequest Parse(IReadOnlyList<string> words, IReadOnlyList<MetricInfo> metrics)
    {
        var entries = new List<LogEntry>();
        var i = 0;
        while (i < words.Count)
        {
            var j = i + 1;
            while (j < words.Count && Amount.Parse(words[j]) is null)
                j++;
            if (j >= words.Count || Amount.Parse(words[j]) is not { } amount)
                break;
            var name = string.Join(' ', words.Skip(i).Take(j - i));
            var info = Metrics.Resolve(name, metrics);
            if (info is null && entries.Count > 0)
                break;
            if (entries.Count == MaxPairs)
                return Fail($"At most {MaxPairs} metrics per /log; send the rest in another.");
            if (info is null && Fuzzy.Closest(Metrics.Normalize(name), metrics.Select(m => m.Key), 1) is [var close])
                return Fail($"I don't know the metric {Echo.Quote(name)}; did you mean {close}?");
            if (info?.Habit is { Target: null })
                return Fail($"{info.Key} is a yes/no habit: tick it with /check {info.Key}.");
            if (UnitAfter(words, j, amount, info) is { } withUnit)
                (amount, j) = (withUnit, j + 1);
            var value = info is null ? (amount.Unit == AmountUnit.Minutes ? amount.Value / 60 : amount.Value) : amount.In(info.Unit);
            if (value is null)
                return Fail($"{info!.Key} is counted in {info.Unit}, not time: try /log {info.Key} 4.");
            entries.Add(new LogEntry(info?.Key ?? Custom(name), value.Value, info));
            i = j + 1;
        }
        if (entries.Count == 0)
            return Fail(CommandCatalog.UsageLine("log"));
        var note = string.Join(' ', words.Skip(i));
        return new LogRequest(entries, note.Length == 0 ? null : note, null);
    }

    // "30 min", "2 hours", "4 problems": a unit written apart from its number belongs to the amount, not the note; unless
    // a number follows it, when it is the next metric's name ("/log sql 4 hours 2").
    private static Amount? UnitAfter(IReadOnlyList<string> words, int at, Amount amount, MetricInfo? info)
    {
        if (at + 1 >= words.Count || amount.Unit != AmountUnit.Count || (at + 2 < words.Count && Amount.Parse(words[at + 2]) is not null))
            return null;
        var unit = words[at + 1];
        if (Amount.IsHours(unit) || Amount.IsMinutes(unit))
            return Amount.Parse(words[at] + unit);
        return info is not null && (unit.Equals(info.Unit, StringComparison.OrdinalIgnoreCase) || (unit + "s").Equals(info.Unit, StringComparison.OrdinalIgnoreCase))
            ? amount
            : null;
    }

    private static LogRequest Fail(string error) => new([], null, error);

    private static string Custom(string name)
    {
        var key = string.Join('_', name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return key.Length > 40 ? key[..40] : key;
    }
}
