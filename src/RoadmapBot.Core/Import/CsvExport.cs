using System.Globalization;
using System.Text;

namespace RoadmapBot.Core.Import;

/// <summary>
/// RFC 4180 CSV: CRLF rows, fields quoted when they hold a comma, quote or line break. Text a spreadsheet would run as a
/// formula (starting with = + - @, tab or CR) gets a leading ' so it shows as text; numbers stay numbers.
/// </summary>
public static class CsvExport
{
    public static string Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var csv = new StringBuilder();
        AppendRow(csv, header);
        foreach (var row in rows) AppendRow(csv, row);
        return csv.ToString();
    }

    private static void AppendRow(StringBuilder csv, IReadOnlyList<string?> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) csv.Append(',');
            csv.Append(Quote(Defused(fields[i] ?? "")));
        }
        csv.Append("\r\n");
    }

    private static string Defused(string field) =>
        field.Length > 0 && "=+-@\t\r".Contains(field[0]) && !double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            ? "'" + field
            : field;

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
