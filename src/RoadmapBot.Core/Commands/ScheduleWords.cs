using System.Globalization;
using RoadmapBot.Core.Scheduling;

namespace RoadmapBot.Core.Commands;

/// <summary>Times and weekdays as members type them ("07:15", "weekdays", "mon,wed,fri", "mon-fri") and as replies show them.</summary>
public static class ScheduleWords
{
    private static readonly DayOfWeek[] MondayFirst =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    /// <summary>A time of day as typed: "07:15", "7:15", "7.15", or on a 12-hour clock "9pm", "9:30pm", "12am".</summary>
    public static TimeOnly? Time(string word) =>
        TimeOnly.TryParseExact(word.ToLowerInvariant(), ["H:mm", "HH:mm", "H.mm", "HH.mm", "htt", "hhtt", "h:mmtt", "hh:mmtt"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;

    /// <summary>"9 pm" or "9 p.m." typed as two words, joined into the one word <see cref="Time"/> reads ("9pm").</summary>
    public static string[] JoinMeridiem(IEnumerable<string> words)
    {
        var joined = new List<string>();
        foreach (var word in words)
        {
            var meridiem = word.Replace(".", "").ToLowerInvariant();
            if (joined.Count > 0 && char.IsDigit(joined[^1][^1]) && meridiem is "am" or "pm")
                joined[^1] += meridiem;
            else
                joined.Add(word);
        }
        return [.. joined];
    }

    /// <summary>"07:30-08:45" (a hyphen or an en dash) as a start and an end that differ.</summary>
    public static (TimeOnly Start, TimeOnly End)? Range(string word)
    {
        var parts = word.Split(['-', '–'], StringSplitOptions.TrimEntries);
        return parts.Length == 2 && Time(parts[0]) is { } start && Time(parts[1]) is { } end && start != end ? (start, end) : null;
    }

    /// <summary>"daily", "weekdays", "weekends", a day, a list ("mon,wed,fri") or a range ("mon-fri"); null if it is none of them.</summary>
    public static List<DayOfWeek>? Days(string word) => word.ToLowerInvariant() switch
    {
        "daily" or "everyday" => [.. WeeklyTime.EveryDay],
        "weekdays" or "weekday" => [.. WeeklyTime.Weekdays],
        "weekends" or "weekend" => [DayOfWeek.Saturday, DayOfWeek.Sunday],
        var list => List(list),
    };

    public static string Describe(IReadOnlyCollection<DayOfWeek> days)
    {
        var set = days.ToHashSet();
        if (set.Count == 7) return "daily";
        if (set.SetEquals(WeeklyTime.Weekdays)) return "Mon–Fri";
        if (set.SetEquals([DayOfWeek.Saturday, DayOfWeek.Sunday])) return "Sat, Sun";
        return string.Join(", ", MondayFirst.Where(set.Contains).Select(Short));
    }

    public static string Describe(ScheduleSetting setting) =>
        setting.Days.Count == 7 ? $"{Show(setting.At)} daily" : $"{Describe(setting.Days)} {Show(setting.At)}";

    public static string Show(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string Short(DayOfWeek day) => day.ToString()[..3];

    private static List<DayOfWeek>? List(string word)
    {
        var days = new List<DayOfWeek>();
        foreach (var part in word.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var range = part.Split(['-', '–']);
            if (range.Length == 2 && Day(range[0]) is { } from && Day(range[1]) is { } to)
            {
                var (i, j) = (Array.IndexOf(MondayFirst, from), Array.IndexOf(MondayFirst, to));
                for (var k = i; ; k = (k + 1) % 7)
                {
                    days.Add(MondayFirst[k]);
                    if (k == j) break;
                }
            }
            else if (Day(part) is { } day)
                days.Add(day);
            else
                return null;
        }
        return days.Count == 0 ? null : days.Distinct().ToList();
    }

    private static DayOfWeek? Day(string word)
    {
        var w = word.Trim().ToLowerInvariant();
        // Two letters already tell every English day apart ("tu", "th", "sa", "su").
        return w.Length < 2 ? null : MondayFirst.Cast<DayOfWeek?>().FirstOrDefault(d => d.ToString()!.ToLowerInvariant().StartsWith(w, StringComparison.Ordinal));
    }
}
