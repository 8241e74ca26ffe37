using System.Globalization;
using System.Text.RegularExpressions;

namespace RoadmapBot.Core.Progress;

public enum AmountUnit { Count, Minutes }

/// <summary>A logged amount as typed: "4", "1.5", "2h", "90m", "1h30"; durations are kept in minutes.</summary>
public sealed partial record Amount(double Value, AmountUnit Unit)
{
    public static Amount? Parse(string text)
    {
        var t = text.Trim().ToLowerInvariant().Replace(',', '.');
        if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var plain))
            return plain > 0 && plain < 100_000 ? new Amount(plain, AmountUnit.Count) : null;
        var m = Duration().Match(t);
        if (!m.Success || (m.Groups[1].Length == 0 && m.Groups[2].Length == 0))
            return null;
        var hours = m.Groups[1].Length > 0 ? double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var minutes = m.Groups[2].Length > 0 ? double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
        var total = hours * 60 + minutes;
        return total > 0 && total < 100_000 ? new Amount(total, AmountUnit.Minutes) : null;
    }

    /// <summary>The amount in a metric's unit; null when a duration is logged to a metric that is not time.</summary>
    public double? In(string unit) => Unit switch
    {
        AmountUnit.Count => Value,
        _ when IsHours(unit) => Value / 60,
        _ when IsMinutes(unit) => Value,
        _ => null,
    };

    public static bool IsHours(string unit) => unit.ToLowerInvariant() is "h" or "hr" or "hrs" or "hour" or "hours";

    public static bool IsMinutes(string unit) => unit.ToLowerInvariant() is "m" or "min" or "mins" or "minute" or "minutes";

    [GeneratedRegex(@"^(?:(\d+(?:\.\d+)?)\s*(?:h|hr|hrs|hours?))?\s*(?:(\d+(?:\.\d+)?)\s*(?:m|min|mins|minutes?)?)?$")]
    private static partial Regex Duration();
}
