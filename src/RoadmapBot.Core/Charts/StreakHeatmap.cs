using System.Globalization;
using RoadmapBot.Core.Progress;
using ScottPlot;

namespace RoadmapBot.Core.Charts;

/// <summary>The /streak picture: 26 weeks as columns, Monday to Sunday as rows, darker green for more habits met.</summary>
public static class StreakHeatmap
{
    public const int Height = 400;

    private const double Left = 66;    // room for the weekday names
    private const double Top = 118;    // title, then month names
    private const double Cell = 25;
    private const double Gap = 2.6;
    private static readonly Color[] Levels = [.. new[] { "#E6E6E6", "#A5D6A7", "#4CAF50", "#2E7D32", "#0B4F16" }.Select(Color.FromHex)];
    private static readonly Color Rest = Color.FromHex("#90CAF9");
    private static readonly Color Frozen = Color.FromHex("#B39DDB");
    private static readonly string[] DayNames = ["Mon", "", "Wed", "", "Fri", "", "Sun"];

    public static byte[] Render(HabitCalendar calendar)
    {
        var canvas = new ChartCanvas(ChartStyle.Width, Height);
        canvas.Text($"Streak {Show.Days(calendar.CurrentStreak)} · best {Show.Days(calendar.BestStreak)}", ChartStyle.Width / 2.0, 14, 32, Alignment.UpperCenter, bold: true);
        for (var row = 0; row < 7; row++)
            canvas.Text(DayNames[row], Left - 10, Y(row) + Cell / 2, 22, Alignment.MiddleRight, color: ChartStyle.Muted);
        var first = calendar.First;
        for (var week = 0; week < HabitCalendar.WeekCount; week++)
        {
            var monday = first.AddDays(7 * week);
            // A month's name over the first column that holds its first days.
            if (monday.Day <= 7)
                canvas.Text(monday.ToString("MMM", CultureInfo.InvariantCulture), X(week), Top - 8, 22, Alignment.LowerLeft, color: ChartStyle.Muted);
            for (var row = 0; row < 7; row++)
            {
                var day = monday.AddDays(row);
                if (day > calendar.Today)
                    continue;
                var outline = day == calendar.Today ? ChartStyle.Ink : (Color?)null;
                canvas.Box(X(week), Y(row), Cell, Cell, Fill(calendar, day), outline);
            }
        }
        Legend(canvas, calendar);
        return canvas.ToPng();
    }

    private static void Legend(ChartCanvas canvas, HabitCalendar calendar)
    {
        var y = Y(7) + 22;
        canvas.Text("none", Left, y + Cell / 2, 22, Alignment.MiddleLeft, color: ChartStyle.Muted);
        for (var i = 0; i < Levels.Length; i++)
            canvas.Box(Left + 68 + i * (Cell + Gap), y, Cell, Cell, Levels[i]);
        var x = Left + 68 + Levels.Length * (Cell + Gap) + 8;
        canvas.Text("all habits met", x, y + Cell / 2, 22, Alignment.MiddleLeft, color: ChartStyle.Muted);
        x += 170;
        if (calendar.RestDays.Count > 0)
            x = Key(canvas, x, y, Rest, "rest");
        if (calendar.FrozenDays.Count > 0)
            Key(canvas, x, y, Frozen, "freeze");
    }

    private static double Key(ChartCanvas canvas, double x, double y, Color color, string label)
    {
        canvas.Box(x, y, Cell, Cell, color);
        canvas.Text(label, x + Cell + 8, y + Cell / 2, 22, Alignment.MiddleLeft, color: ChartStyle.Muted);
        return x + Cell + 90;
    }

    private static Color Fill(HabitCalendar calendar, DateOnly day)
    {
        if (calendar.RestDays.Contains(day))
            return Rest;
        if (calendar.FrozenDays.Contains(day))
            return Frozen;
        var share = calendar.Met.GetValueOrDefault(day);
        // None, then four steps up to all habits met.
        return share <= 0 ? Levels[0] : Levels[Math.Clamp((int)Math.Ceiling(share * 4), 1, 4)];
    }

    private static double X(int week) => Left + week * (Cell + Gap);

    private static double Y(int row) => Top + row * (Cell + Gap);
}
