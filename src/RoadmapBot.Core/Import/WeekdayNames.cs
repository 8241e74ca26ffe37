namespace RoadmapBot.Core.Import;

/// <summary>
/// A heading that opens with one weekday's name, in the plan languages: "Monday", "Tue: loops", "Lunes", "Montag",
/// "Segunda-feira", "Понедельник". A heading naming a second day ("Monday–Wednesday", "Lunes y martes") is no one day's.
/// </summary>
internal static class WeekdayNames
{
    // By DayOfWeek, Sunday first; the names a day heading is written with.
    private static readonly string[] Names =
    [
        "sunday|domingo|sonntag|dimanche|domenica|воскресенье",
        "monday|lunes|segunda-feira|montag|lundi|lunedì|lunedi|понедельник",
        "tuesday|martes|terça-feira|terca-feira|dienstag|mardi|martedì|martedi|вторник",
        "wednesday|miércoles|miercoles|quarta-feira|mittwoch|mercredi|mercoledì|mercoledi|среда",
        "thursday|jueves|quinta-feira|donnerstag|jeudi|giovedì|giovedi|четверг",
        "friday|viernes|sexta-feira|freitag|vendredi|venerdì|venerdi|пятница",
        "saturday|sábado|sabado|samstag|samedi|sabato|суббота",
    ];

    // Short forms count only alone or before ':' or ',': "SAT prep" and "Sun and moon" are no days.
    private static readonly string[] Short = ["sun", "mon", "tue|tues", "wed|weds", "thu|thur|thurs", "fri", "sat"];

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Full = Index(Names), Abbreviated = Index(Short);

    public static DayOfWeek? Opening(string title)
    {
        var first = Word(title, 0, out var end);
        if (first.Length < 3) return null;
        int day;
        if (Full.TryGetValue(first, out var named)) day = named;
        else if (Abbreviated.TryGetValue(first, out var shortened) && (end == title.Length || title[end] is ':' or ',')) day = shortened;
        else return null;
        for (var at = end; at < title.Length;)
            if (Word(title, at, out at) is { Length: >= 3 } word && (Full.ContainsKey(word) || Abbreviated.ContainsKey(word))) return null;
        return (DayOfWeek)day;
    }

    // A word: letters, and the hyphen of "segunda-feira"; what comes before it is skipped.
    private static ReadOnlySpan<char> Word(string text, int from, out int end)
    {
        while (from < text.Length && !IsWordChar(text[from])) from++;
        end = from;
        while (end < text.Length && IsWordChar(text[end])) end++;
        return text.AsSpan(from, end - from);
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || c == '-';

    private static Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Index(string[] days)
    {
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var day = 0; day < days.Length; day++)
            foreach (var name in days[day].Split('|')) index.Add(name, day);
        return index.GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
