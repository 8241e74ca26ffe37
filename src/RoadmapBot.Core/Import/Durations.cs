using System.Text.RegularExpressions;

namespace RoadmapBot.Core.Import;

/// <summary>Durations as people write them: "(1 week)", "(2-3 weeks)", "12–16 weeks", "3 semanas", "Weeks 1-4", "6 months", "~10h".</summary>
internal static partial class Durations
{
    /// <summary>The duration in days (a range counts its upper end, so a plan started on time fits); null when none is written or it is in hours.</summary>
    public static int? Days(string text)
    {
        if (!Digits.Any(text) || !DayUnits.In(text)) return null;
        if (WeekRange().Match(text) is { Success: true } range)
        {
            var first = Digits.Real(range.Groups[1].Value);
            var last = Digits.Real(range.Groups[2].Value);
            return last >= first ? (int)((last - first + 1) * 7) : null;
        }
        if (MonthRange().Match(text) is { Success: true } months)
        {
            var first = Digits.Real(months.Groups[1].Value);
            var last = Digits.Real(months.Groups[2].Value);
            return last >= first ? (int)((last - first + 1) * 30) : null;
        }
        if (Amount().Match(text) is not { Success: true } m) return null;
        var amount = Digits.Real(m.Groups[2].Success ? m.Groups[2].Value : m.Groups[1].Value);
        var unit = m.Groups[3].Value.ToLowerInvariant();
        var perDay = UnitDays(unit);
        return perDay is null ? null : (int)Math.Ceiling(amount * perDay.Value);
    }

    /// <summary>A range of days, weeks or months ("0-3 Months", "2–4 weeks"): its ends and the days of its unit; null for one amount.</summary>
    public static AmountRange? RangeOf(string text)
    {
        if (!Digits.Any(text) || !DayUnits.In(text) || Amount().Match(text) is not { Success: true, Groups: [_, var from, { Success: true } to, var unit] }) return null;
        return UnitDays(unit.Value.ToLowerInvariant()) is { } perDay ? new AmountRange(Digits.Real(from.Value), Digits.Real(to.Value), perDay) : null;
    }

    /// <summary>Hours written as a duration ("~10h", "12 hours"), not as a rate ("6-10 hours/week").</summary>
    public static double? Hours(string text) =>
        Digits.Any(text) && Amount().Match(text) is { Success: true } m && UnitDays(m.Groups[3].Value.ToLowerInvariant()) is null
        && !text[(m.Index + m.Length)..].TrimStart().StartsWith('/')
            ? Digits.Real(m.Groups[2].Success ? m.Groups[2].Value : m.Groups[1].Value)
            : null;

    // A stem of every unit of days, weeks or months below (hours are no duration in days): text with none has no duration,
    // and the three patterns are not run on it.
    private static readonly WordSearch DayUnits =
        new(["week", "seman", "woche", "semaine", "недел", "周", "month", "mes", "mês", "monat", "mois", "месяц", "月", "day", "dia", "día", "tag", "jour", "дн", "день", "天"]);

    private static double? UnitDays(string unit) => unit switch
    {
        _ when unit.StartsWith("week", StringComparison.Ordinal) || unit.StartsWith("seman", StringComparison.Ordinal) || unit.StartsWith("woche", StringComparison.Ordinal)
            || unit.StartsWith("semaine", StringComparison.Ordinal) || unit.StartsWith("недел", StringComparison.Ordinal) || unit == "周" => 7,
        _ when unit.StartsWith("month", StringComparison.Ordinal) || unit.StartsWith("mes", StringComparison.Ordinal) || unit.StartsWith("mês", StringComparison.Ordinal)
            || unit.StartsWith("monat", StringComparison.Ordinal) || unit == "mois" || unit.StartsWith("месяц", StringComparison.Ordinal) || unit.EndsWith('月') => 30,
        _ when unit.StartsWith("day", StringComparison.Ordinal) || unit.StartsWith("dia", StringComparison.Ordinal) || unit.StartsWith("día", StringComparison.Ordinal)
            || unit.StartsWith("tag", StringComparison.Ordinal) || unit.StartsWith("jour", StringComparison.Ordinal) || unit.StartsWith("дн", StringComparison.Ordinal)
            || unit.StartsWith("день", StringComparison.Ordinal) || unit == "天" => 1,
        _ => null,
    };

    [GeneratedRegex(@"\bweeks\s*(\d+)\s*(?:-|–|—|to)\s*(\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex WeekRange();

    // "Months 1-3", "Meses 4–6": a range of numbered months, like "Weeks 1-4".
    [GeneratedRegex(@"\b(?:months|meses|monate|mois|месяцы)\s*(\d+)\s*(?:-|–|—|to|a|bis|à)\s*(\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex MonthRange();

    /// <summary>"Month 3", "Mes 2", "第 3 个月" opening a heading: one month of a plan counted in months.</summary>
    public static int? OfNumberedMonth(string heading) => NumberedMonth().IsMatch(heading) ? 30 : null;

    // "Month 3: …" opening a heading, or "(Month 12)" anywhere in it.
    [GeneratedRegex(@"^\W*(?:(?:month|mes|mês|monat|mois|месяц)\s*\d+\b|第\s*\d+\s*个?月)|\(\s*(?:month|mes|mês|monat|mois|месяц)\s*\d+\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex NumberedMonth();

    // The amounts as before, found faster: a match starts at "~" or a digit, never at a space before one, and a number is
    // taken whole (nothing after it can start with a digit, so giving digits back could never help).
    [GeneratedRegex(@"(?:~\s*)?(?<![\w.])((?>\d+(?:[.,]\d+)?))\s*(?:(?:-|–|—|to|a)\s*(\d+(?:[.,]\d+)?))?\s*(weeks?|semanas?|wochen?|semaines?|недел[ьяи]|周|months?|meses|mes|mês|monate?|mois|месяц(?:а|ев)?|个月|月|days?|d[ií]as?|tage?|jours?|дн(?:я|ей)|день|天|hours?|hrs?|h|horas?|stunden?|heures?|час(?:а|ов)?|小时)(?!\w)", RegexOptions.IgnoreCase)]
    private static partial Regex Amount();
}

/// <summary>"3-6 Months": from 3 to 6 of a unit <see cref="UnitDays"/> days long.</summary>
internal sealed record AmountRange(double From, double To, double UnitDays);
