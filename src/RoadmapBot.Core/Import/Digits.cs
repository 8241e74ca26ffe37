using System.Globalization;

namespace RoadmapBot.Core.Import;

/// <summary>Numbers as people write them, in any script's digits: what the importer's <c>\d</c> patterns match, read as values.</summary>
internal static class Digits
{
    /// <summary>
    /// Whether the text holds a digit of any script ("3", full-width "３", Arabic-Indic "٣": \d matches each): every number
    /// pattern of the importer needs one, so text without one is not scanned.
    /// </summary>
    public static bool Any(string text) =>
        text.AsSpan().ContainsAnyInRange('0', '9') || !System.Text.Ascii.IsValid(text) && AnyBeyondAscii(text);

    /// <summary>
    /// Whether the text holds a year's four digits in a row (any script's, as <c>\d{4}</c> matches): every pattern of a full
    /// date needs one, so the many headings and lines numbered only by week, day or task are not scanned for dates.
    /// </summary>
    public static bool AnyYear(string text)
    {
        var run = 0;
        foreach (var c in text)
            if (char.IsAsciiDigit(c) || c > '\u007F' && char.IsDigit(c))
            {
                if (++run == 4) return true;
            }
            else run = 0;
        return false;
    }

    private static bool AnyBeyondAscii(string text)
    {
        foreach (var c in text)
            if (c > '\u007F' && char.IsDigit(c)) return true;
        return false;
    }

    /// <summary>A whole number matched by <c>\d+</c>, in any script's digits; one too large for an int reads as the largest.</summary>
    public static int Int(string digits) =>
        int.TryParse(Ascii(digits), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : int.MaxValue;

    /// <summary>A number matched by <c>\d+</c> with an optional decimal part after a point or a comma, in any script's digits.</summary>
    public static double Real(string number) => Real(number.AsSpan());

    /// <inheritdoc cref="Real(string)"/>
    public static double Real(ReadOnlySpan<char> number) =>
        System.Text.Ascii.IsValid(number) && !number.Contains(',')
            ? double.Parse(number, CultureInfo.InvariantCulture)
            : double.Parse(Ascii(number.ToString()).Replace(',', '.'), CultureInfo.InvariantCulture);

    /// <summary>The text with every decimal digit written as its ASCII digit, which is all the invariant parsers read.</summary>
    public static string Ascii(string text) =>
        System.Text.Ascii.IsValid(text) ? text : string.Create(text.Length, text, static (span, t) =>
        {
            for (var i = 0; i < t.Length; i++)
                span[i] = char.IsDigit(t[i]) ? (char)('0' + CharUnicodeInfo.GetDecimalDigitValue(t[i])) : t[i];
        });
}
