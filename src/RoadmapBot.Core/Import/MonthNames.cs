namespace RoadmapBot.Core.Import;

/// <summary>
/// Month names as people write them in the plan languages (English, Spanish, Portuguese, French, German, Italian), whole or
/// shortened. Only whole words count: "martes", "mardi" and "martedì" are Tuesdays, not March.
/// </summary>
internal static class MonthNames
{
    private const string January = "january|jan|enero|ene|janeiro|janvier|janv|januar|jänner|gennaio|gen";
    private const string February = "february|feb|febrero|fevereiro|fev|février|fevrier|févr|fevr|februar|febbraio";
    private const string March = "march|mar|marzo|março|marco|mars|märz|marz|mär";
    private const string April = "april|apr|abril|abr|avril|avr|aprile";
    private const string May = "may|mayo|maio|mai|maggio|mag";
    private const string June = "june|jun|junio|junho|juin|juni|giugno|giu";
    private const string July = "july|jul|julio|julho|juillet|juil|juli|luglio|lug";
    private const string August = "august|aug|agosto|ago|août|aout|aoû";
    private const string September = "september|sept|sep|septiembre|setiembre|setembro|set|septembre|settembre";
    private const string October = "october|oct|octubre|outubro|out|octobre|oktober|okt|ottobre|ott";
    private const string November = "november|nov|noviembre|novembro|novembre";
    private const string December = "december|dec|diciembre|dic|dezembro|dez|décembre|decembre|déc|dezember|dicembre";

    /// <summary>
    /// A word that may be a month's name, in a regular expression; the code asks <see cref="Of"/> which it is. A list of every
    /// name in the expression would be tried name by name at every word of a text (five times the time of the English twelve).
    /// </summary>
    internal const string Word = "\\p{L}{3,10}(?!\\p{L})";

    private static readonly Dictionary<string, int> Index = IndexOf([January, February, March, April, May, June, July, August, September, October, November, December]);

    private static readonly WordSearch Names = new(Index.Keys);

    /// <summary>
    /// Whether any name is in the text, even inside a word: a date written with a month's name needs one, so the many lines
    /// with a number of four digits and no month ("Task 1234") are not scanned for dates.
    /// </summary>
    public static bool AnyIn(ReadOnlySpan<char> text) => Names.In(text);

    // Loops, not LINQ over (name, month) pairs: those are compiled at run time on every one-shot import (issue 20).
    private static Dictionary<string, int> IndexOf(string[] months)
    {
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var month = 0; month < months.Length; month++)
            foreach (var name in months[month].Split('|')) index.Add(name, month + 1);
        return index;
    }

    /// <summary>1 for any name of January … 12 for December; 0 for a word that is none.</summary>
    public static int Of(string name) => Index.TryGetValue(name, out var month) ? month : 0;
}
