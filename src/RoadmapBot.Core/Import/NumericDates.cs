using System.Text.RegularExpressions;

namespace RoadmapBot.Core.Import;

/// <summary>
/// Dates written with numbers only ("9/13", "9/5/2024", "18.08.2025", "08-01-25") or without a year ("Sep 5"): month-first or
/// day-first and the missing year are decided once per document; the year from a term ("Spring 2016"), a full date, else the
/// import date's, with a warning.
/// </summary>
internal sealed partial class NumericDates
{
    private readonly int? _year;
    private readonly bool _yearOfImport;
    private readonly bool _dayFirst;
    private readonly bool _undecided;
    private readonly List<ImportWarning> _warnings;
    private bool _warned, _warnedYear;

    private NumericDates(int? year, bool yearOfImport, bool dayFirst, bool undecided, List<ImportWarning> warnings) =>
        (_year, _yearOfImport, _dayFirst, _undecided, _warnings) = (year, yearOfImport, dayFirst, undecided, warnings);

    /// <summary>Any first number above 12 makes the document day-first, any second number above 12 month-first.</summary>
    public static NumericDates For(string text, List<ImportWarning> warnings, DateOnly? importDate = null)
    {
        bool dayFirst = false, monthFirst = false;
        foreach (Match m in Pattern().Matches(text))
        {
            if (Digits.Int(m.Groups["a"].Value) > 12) dayFirst = true;
            if (Digits.Int(m.Groups["b"].Value) > 12) monthFirst = true;
        }
        var year = Term().Match(text) is { Success: true } term ? Digits.Int(term.Groups[1].Value)
            : TextPatterns.FindDate(text)?.Year;
        return new NumericDates(year ?? importDate?.Year, year is null && importDate is not null, dayFirst && !monthFirst, dayFirst == monthFirst, warnings);
    }

    /// <summary>The year for a date written without one (<paramref name="written"/>, named in the warning when it is the import's).</summary>
    public int? YearOf(string written)
    {
        if (_year is not null) WarnYear(written);
        return _year;
    }

    public DateOnly? Read(string text)
    {
        if (Pattern().Match(text) is not { Success: true } m) return MonthName(text);
        var first = Digits.Int(m.Groups["a"].Value);
        var second = Digits.Int(m.Groups["b"].Value);
        var year = m.Groups["y"].Success ? Digits.Int(m.Groups["y"].Value) : _year;
        if (year is < 100) year += 2000;
        var (month, day) = _dayFirst ? (second, first) : (first, second);
        if (year is null || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year.Value, month))
        {
            Warn(year is null ? $"'{m.Value}' names no year and the document gives none; left undated." : $"'{m.Value}' is not a date; left undated.");
            return null;
        }
        if (_undecided && first <= 12 && second <= 12) Warn($"Dates like '{m.Value}' could be month-first or day-first; read month-first.");
        if (!m.Groups["y"].Success) WarnYear(m.Value);
        return new DateOnly(year.Value, month, day);
    }

    /// <summary>"Sep 5", "12 Sep", "Tue, Oct 1": a month by name without a year takes the document's year.</summary>
    private DateOnly? MonthName(string text)
    {
        var m = MonthDay().Match(text);
        while (m.Success && MonthNames.Of(m.Groups["m"].Value) == 0) m = MonthDay().Match(text, m.Index + 1);
        if (!m.Success) return null;
        var month = MonthNames.Of(m.Groups["m"].Value);
        var day = Digits.Int(m.Groups["d"].Value);
        if (_year is not { } year || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            Warn(_year is null ? $"'{m.Value}' names no year and the document gives none; left undated." : $"'{m.Value}' is not a date; left undated.");
            return null;
        }
        WarnYear(m.Value);
        return new DateOnly(year, month, day);
    }

    private void WarnYear(string written)
    {
        if (!_yearOfImport || _warnedYear) return;
        _warnedYear = true;
        _warnings.Add(new ImportWarning(0, $"'{written}' names no year and the document gives none; its dates are read in {_year}, the year of the import (/plan shift moves them)."));
    }

    private void Warn(string message)
    {
        if (_warned) return;
        _warned = true;
        _warnings.Add(new ImportWarning(0, message));
    }

    // "9/13", "9/5/2024"; with dots or dashes only with a year ("18.08.2025", "08-01-25"): "1.1" and "3-4" are not dates.
    [GeneratedRegex(@"(?<![\d/.\-])(?<a>\d{1,2})(?:/(?<b>\d{1,2})(?:/(?<y>\d{4}|\d{2}))?|(?<s>[.\-])(?<b>\d{1,2})\k<s>(?<y>\d{4}|\d{2}))(?!\d|[/.\-]\d)")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"\b(?:(?<d>\d{1,2})\.?\s+(?:de\s+)?(?<m>" + MonthNames.Word + @")\.?|(?<m>" + MonthNames.Word + @")\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?:spring|summer|fall|autumn|winter|semester|term|primavera|verano|verão|otoño|outono|invierno|inverno|herbst|sommer|frühling)\s+((?:19|20)\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex Term();
}
