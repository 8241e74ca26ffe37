using System.Globalization;
using RoadmapBot.Core.Chat;

namespace RoadmapBot.Core.Progress;

/// <summary>How dates and numbers read in replies, the same on every machine.</summary>
public static class Show
{
    public static string Date(DateOnly day) => day.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);

    public static string Short(DateOnly day) => day.ToString("ddd d MMM", CultureInfo.InvariantCulture);

    /// <summary>"Sat 28 Feb", with the year when it is not <paramref name="today"/>'s: last year's date must not read as this year's.</summary>
    public static string Short(DateOnly day, DateOnly today) => day.Year == today.Year ? Short(day) : Date(day);

    /// <summary>A title with a colon after it, as a label: "Properties to Create:" stays one colon, "in Postgres." loses its stop.</summary>
    public static string Label(string title) => title.TrimEnd(':', '.', ' ', '：') + ":";

    public static string Number(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    public static string Days(int count) => Quantity.Of(count, "day");

    public static int Percent(int part, int whole) => whole == 0 ? 0 : (int)Math.Floor(100.0 * part / whole);
}
