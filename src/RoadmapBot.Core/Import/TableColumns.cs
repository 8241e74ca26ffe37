namespace RoadmapBot.Core.Import;

/// <summary>What a table's columns hold, read from its header words (and, for a Day column, from its cells).</summary>
internal sealed record TableColumns(int Title, int Context, int Date, int Sequence, int Status, int Outcome, int Duration, int Notes)
{
    /// <summary>The title column is a Task(s) column: its &lt;br&gt; lists are several items; a Topic cell's &lt;br&gt; is a line break in one title.</summary>
    public bool TitleIsTasks { get; init; }

    /// <summary>The header row holds values ("| 1 | Read the guide |"): it is the table's first row of data.</summary>
    public bool HeaderIsData { get; init; }

    /// <summary>A Phase/Module/Unit column: a filled cell starts a phase that the rows below it (with empty cells) belong to.</summary>
    public int Phase { get; init; } = -1;

    /// <summary>An Assignment/Homework/Quiz column: each filled cell is work of its own, due by its "(due …)" or the row's date.</summary>
    public int Assignment { get; init; } = -1;

    /// <summary>
    /// "Lecture (Tuesday) | Lecture (Thursday)": columns named by a weekday, the title's among them; each filled cell is that
    /// day's session, an item of its own. Empty for a table without them.
    /// </summary>
    public IReadOnlyList<(int Column, DayOfWeek Day)> Sessions { get; init; } = [];

    /// <summary>The sequence column counts weeks ("Week", "Semana", "Неделя"): its number is the row's week, not a day.</summary>
    public bool SequenceIsWeek { get; init; }

    private static readonly string[] TaskWords = ["task", "to-do", "todo", "tarefa", "tarea", "aufgabe", "tâche", "задач", "任务"];
    private static readonly string[] TitleWords = ["topic", "focus", "lesson", "title", "subject", "course", "activit", "content", "chapter",
        "tema", "tópico", "assunto", "atividad", "actividad", "thema", "inhalt", "sujet", "тем", "主题", "内容"];
    private static readonly string[] WeekWords = ["week", "semana", "woche", "semaine", "недел", "周"];
    private static readonly string[] DateWords = ["date", "due", "deadline", "fecha", "data", "datum", "дата", "日期"];
    private static readonly string[] SequenceWords = ["week", "day", "#", "session", "lecture", "semana", "dia", "día", "woche", "tag", "semaine", "jour", "недел", "день", "周", "天"];
    private static readonly string[] StatusWords = ["status", "done", "complete", "✓", "estado", "situação", "statut", "статус", "状态"];
    private static readonly string[] OutcomeWords = ["outcome", "deliverable", "result"];
    private static readonly string[] NotesWords = ["reading", "resource", "notes", "lab", "leitura", "recurso", "lectura", "материал", "资源"];
    private static readonly string[] AssignmentWords = ["assignment", "homework", "problem set", "pset", "quiz", "exam", "devoir", "домашн", "作业"];
    private static readonly string[] PhaseWords = ["phase", "module", "unit", "fase", "módulo", "modul", "этап", "модуль", "阶段", "模块"];
    private static readonly string[] DurationWords = ["duration", "hour", "hrs", "effort", "duração", "duración", "horas", "dauer", "stunden", "durée", "heures",
        "длительн", "час", "时长", "小时"];

    /// <summary>Reads the roles; <paramref name="cells"/> are the body rows, used to tell a Day column of dates from one of numbers.</summary>
    public static TableColumns Of(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> cells)
    {
        var columns = ByHeader(header, cells);
        var days = header.Select((name, column) => (Column: column, Day: TextPatterns.Weekday(name))).Where(d => d.Day is not null).ToList();
        return days.Count >= 2 && days.Exists(d => d.Column == columns.Title) ? columns with { Sessions = [.. days.Select(d => (d.Column, d.Day!.Value))] } : columns;
    }

    private static TableColumns ByHeader(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> cells)
    {
        // "#" alone names a sequence; anywhere else a '#' is decoration ("## Topic") and is stripped with it.
        var names = header.Select(h => h.Trim() is "#" or "№" ? "#" : TextPatterns.StripDecoration(h).ToLowerInvariant()).ToList();
        int Find(string[] words, params int[] taken) =>
            names.FindIndex(n => n.Length > 0 && words.Any(w => w.Length == 1 ? n == w : n.Contains(w, StringComparison.Ordinal)) && !taken.Contains(names.IndexOf(n)));
        var task = Find(TaskWords);
        var topic = Find(TitleWords, task);
        // "Chapter | Topic": a title-word column of numbers only is a sequence when another title-word column holds the words.
        var numbered = -1;
        if (topic >= 0 && IsNumbers(cells, topic) && Find(TitleWords, task, topic) is var wordy and >= 0) (numbered, topic) = (topic, wordy);
        var date = Find(DateWords);
        var sequence = numbered >= 0 ? numbered : Find(SequenceWords, date, task, topic);
        if (date < 0 && sequence >= 0 && cells.Count > 0 && cells.All(r => Cell(r, sequence) is not { Length: > 0 } c || TextPatterns.FindDate(c) is not null))
            (date, sequence) = (sequence, -1);
        var title = task >= 0 ? task : topic;
        var columns = new TableColumns(title, task >= 0 ? topic : -1, date, sequence, Find(StatusWords, title), Find(OutcomeWords), Find(DurationWords), Find(NotesWords, title))
        {
            TitleIsTasks = task >= 0,
            SequenceIsWeek = sequence >= 0 && WeekWords.Any(w => names[sequence].Contains(w, StringComparison.Ordinal)),
        };
        var phaseNamed = Find(PhaseWords) >= 0;
        // Header words named other roles but no title ("Неделя | Темы", "# | Project Name | Status"): the words are in the cells.
        // Not with a Module/Phase column: its rows describe the phases ("| M01 | 3 weeks | HTML, CSS |"), an overview, not tasks.
        if (title < 0 && columns != Unknown && !phaseNamed)
            columns = TableCellRoles.TitleByContent(columns, cells);
        columns = columns with
        {
            Phase = columns.Title >= 0 ? Find(PhaseWords, columns.Title, columns.Date, columns.Sequence) : -1,
            // In a schedule (rows by week, session or date) only: a list of courses (OSSU) has no dates to give the work.
            Assignment = columns.Title >= 0 && (columns.Date >= 0 || columns.Sequence >= 0)
                ? Find(AssignmentWords, columns.Title, columns.Context, columns.Date, columns.Sequence, columns.Notes) : -1,
        };
        if (columns.Title >= 0 || columns != Unknown || phaseNamed) return columns;
        // No header words at all: an empty header, or a first row of data, is read by what the cells hold; other words by their cells' words.
        if (names.All(n => n.Length == 0)) return TableCellRoles.ByContent(cells);
        return IsDataRow(header) ? TableCellRoles.ByContent([header, .. cells]) with { HeaderIsData = true } : TableCellRoles.TitleByContent(columns, cells);
    }

    private static bool IsNumbers(IReadOnlyList<IReadOnlyList<string>> rows, int column) =>
        rows.Any(r => Cell(r, column) is not null) && rows.All(r => Cell(r, column) is not { } c || TextPatterns.Number(c) is not null && !c.Any(char.IsLetter));

    /// <summary>A header row that holds values, not names: a number, a checkbox or a date in some cell.</summary>
    public static bool IsDataRow(IReadOnlyList<string> header) => header.Any(h => TableCellRoles.IsValue(h));

    internal static readonly TableColumns Unknown = new(-1, -1, -1, -1, -1, -1, -1, -1);

    /// <summary>Seed 003's "Day | Focus | Tasks | Outcome": a Day column of named days ("Mon – Kick-off") is the row's context.</summary>
    public bool SequenceIsLabel(IReadOnlyList<string> row) => Cell(row, Sequence) is { } s && TextPatterns.Number(s) is null;

    public static string? Cell(IReadOnlyList<string> row, int index) => index >= 0 && index < row.Count && row[index].Length > 0 ? row[index] : null;
}
