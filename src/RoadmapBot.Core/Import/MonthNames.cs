namespace RoadmapBot.Core.Import;

/// <summary>
/// Month names as people write them in the plan languages (English, Spanish, Portuguese, French, German, Italian), whole or
/// shortened. Only whole words count: "martes", "mardi" and "martedì" are Tuesdays, not March.
/// </summary>
internal static class MonthNames
{
    /// <summary>Any of the names, as a regular expression group to capture; a letter may not follow it.</summary>
    internal const string Pattern =
        "(?:january|jan|enero|ene|janeiro|janvier|janv|januar|jänner|gennaio|gen"
        + "|february|feb|febrero|fevereiro|fev|février|fevrier|févr|fevr|februar|febbraio"
        + "|march|mar|marzo|março|marco|mars|märz|marz|mär"
        + "|april|apr|abril|abr|avril|avr|aprile"
        + "|may|mayo|maio|mai|maggio|mag"
        + "|june|jun|junio|junho|juin|juni|giugno|giu"
        + "|july|jul|julio|julho|juillet|juil|juli|luglio|lug"
        + "|august|aug|agosto|ago|août|aout|aoû"
        + "|september|sept|sep|septiembre|setiembre|setembro|set|septembre|settembre"
        + "|october|oct|octubre|outubro|out|octobre|oktober|okt|ottobre|ott"
        + "|november|nov|noviembre|novembro|novembre"
        + "|december|dec|diciembre|dic|dezembro|dez|décembre|decembre|déc|dezember|dicembre)(?!\\p{L})";

    private static readonly Dictionary<string, int> Index = new(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1, ["jan"] = 1, ["enero"] = 1, ["ene"] = 1, ["janeiro"] = 1, ["janvier"] = 1, ["janv"] = 1, ["januar"] = 1, ["jänner"] = 1, ["gennaio"] = 1, ["gen"] = 1,
        ["february"] = 2, ["feb"] = 2, ["febrero"] = 2, ["fevereiro"] = 2, ["fev"] = 2, ["février"] = 2, ["fevrier"] = 2, ["févr"] = 2, ["fevr"] = 2, ["februar"] = 2, ["febbraio"] = 2,
        ["march"] = 3, ["mar"] = 3, ["marzo"] = 3, ["março"] = 3, ["marco"] = 3, ["mars"] = 3, ["märz"] = 3, ["marz"] = 3, ["mär"] = 3,
        ["april"] = 4, ["apr"] = 4, ["abril"] = 4, ["abr"] = 4, ["avril"] = 4, ["avr"] = 4, ["aprile"] = 4,
        ["may"] = 5, ["mayo"] = 5, ["maio"] = 5, ["mai"] = 5, ["maggio"] = 5, ["mag"] = 5,
        ["june"] = 6, ["jun"] = 6, ["junio"] = 6, ["junho"] = 6, ["juin"] = 6, ["juni"] = 6, ["giugno"] = 6, ["giu"] = 6,
        ["july"] = 7, ["jul"] = 7, ["julio"] = 7, ["julho"] = 7, ["juillet"] = 7, ["juil"] = 7, ["juli"] = 7, ["luglio"] = 7, ["lug"] = 7,
        ["august"] = 8, ["aug"] = 8, ["agosto"] = 8, ["ago"] = 8, ["août"] = 8, ["aout"] = 8, ["aoû"] = 8,
        ["september"] = 9, ["sept"] = 9, ["sep"] = 9, ["septiembre"] = 9, ["setiembre"] = 9, ["setembro"] = 9, ["set"] = 9, ["septembre"] = 9, ["settembre"] = 9,
        ["october"] = 10, ["oct"] = 10, ["octubre"] = 10, ["outubro"] = 10, ["out"] = 10, ["octobre"] = 10, ["oktober"] = 10, ["okt"] = 10, ["ottobre"] = 10, ["ott"] = 10,
        ["november"] = 11, ["nov"] = 11, ["noviembre"] = 11, ["novembro"] = 11, ["novembre"] = 11,
        ["december"] = 12, ["dec"] = 12, ["diciembre"] = 12, ["dic"] = 12, ["dezembro"] = 12, ["dez"] = 12, ["décembre"] = 12, ["decembre"] = 12, ["déc"] = 12,
        ["dezember"] = 12, ["dicembre"] = 12,
    };

    /// <summary>1 for any name of January … 12 for December; 0 for a word that is none.</summary>
    public static int Of(string name) => Index.GetValueOrDefault(name);
}
