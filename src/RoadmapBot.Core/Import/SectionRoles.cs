using System.Text.RegularExpressions;
using Markdig.Extensions.Tables;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Import;

/// <summary>Whether a section holds the plan or reference material, and why.</summary>
public enum SectionRole { Plan, Reference, Ignored }

/// <summary>A section's role; <see cref="Evident"/> is false for a plan section read so only because nothing said otherwise.</summary>
internal sealed record SectionReading(SectionRole Role, string Reason, bool Evident = true)
{
    /// <summary>The member chose this role (/import include or exclude); sections inside it follow the choice.</summary>
    public bool Chosen { get; init; }
}

/// <summary>Reads each heading's section as plan or reference: structure first (boxes, numbered days, dates), vocabulary second, then what its lists hold.</summary>
internal static partial class SectionRoles
{
    public static Dictionary<HeadingBlock, SectionReading> Of(MarkdownDocument document, IReadOnlyList<SectionChoice>? choices = null)
    {
        // The member's last choice for a heading holds.
        var chosen = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        foreach (var choice in choices ?? []) chosen[TextPatterns.StripDecoration(choice.Heading)] = choice.Plan;
        var blocks = document.ToArray();
        // Sized once: a long plan has thousands of headings, and each growth copies the table.
        var roles = new Dictionary<HeadingBlock, SectionReading>(HeadingCount(blocks), SameObject.Comparer);
        var open = new List<HeadingBlock>();
        var title = DocumentOutline.TitleHeadingOf(document);
        // Each list asked once: the answers are asked for up to three times (somewhere, below, here).
        var marks = new bool[blocks.Length];
        for (var i = 0; i < blocks.Length; i++) marks[i] = blocks[i] is ListBlock list && HasPlanMarks(list);
        var hasPlan = HasPlanSomewhere(blocks, marks, title);
        var markedBelow = MarkedBelow(blocks, marks);
        var lists = new List<ListBlock>();
        var tables = new List<Table>();
        for (var start = Array.FindIndex(blocks, b => b is HeadingBlock); start >= 0;)
        {
            var heading = (HeadingBlock)blocks[start];
            var next = start + 1;
            lists.Clear();
            tables.Clear();
            var listMarked = false;
            for (; next < blocks.Length && blocks[next] is not HeadingBlock; next++)
                if (blocks[next] is ListBlock list)
                {
                    lists.Add(list);
                    listMarked |= marks[next];
                }
                else if (blocks[next] is Table table) tables.Add(table);
            while (open.Count > 0 && open[^1].Level >= heading.Level) open.RemoveAt(open.Count - 1);
            var parent = open.Count > 0 ? roles[open[^1]] : null;
            var reading = chosen.TryGetValue(InlineText.TitleOf(heading), out var plan) ? Choice(plan)
                : parent is { Chosen: true } ? parent with { Reason = "it is inside a section you chose" }
                : Read(heading, lists, listMarked, parent, hasPlan, markedBelow.Contains(heading));
            // Tables naming no column of a plan ("Language | Note"), while the plan is elsewhere: notes, as such a list would be.
            if (reading == PlanByDefault && lists.Count == 0 && tables.Count > 0 && hasPlan && tables.TrueForAll(TableCells.NamesNoPlanColumn)) reading = TableOfNotes;
            roles[heading] = reading;
            // The title names the whole document ("# Course"): what it says is no parent of the sections below it.
            if (heading != title) open.Add(heading);
            start = next < blocks.Length ? next : -1;
        }
        return roles;
    }

    /// <summary>The role of the section under <paramref name="heading"/>, holding <paramref name="lists"/>.</summary>
    private static SectionReading Read(HeadingBlock heading, List<ListBlock> lists, bool listMarked, SectionReading? parent, bool planElsewhere, bool markedBelow = false)
    {
        var text = InlineText.TitleOf(heading);
        if (listMarked) return ListHasPlanMarks;
        // Structure before words: "System Design Mastery (SENIOR ROLE REQUIREMENT)" whose tasks are checkboxes is plan.
        if (markedBelow) return SectionBelowHasPlanMarks;
        // "Course Logistics", "Course Resources": the course is what the section is about, the word after it what it holds.
        if (AboutTheCourse().Match(text) is { Success: true } about) return new(SectionRole.Reference, $"its heading says '{about.Value}'");
        if (NamesAPartOfAPlan(text)) return HeadingNamesPlan;
        if (ReferenceWord().Match(text) is { Success: true } word) return new(SectionRole.Reference, $"its heading says '{word.Value}'");
        if (SectionKinds.Of(heading) is not null) return HeadingNamesRhythm;
        if (lists.Count > 0 && lists.All(l => Entries(l).All(IsPercentage))) return ListOfPercentages;
        if (lists.Count > 0 && lists.All(l => Entries(l).All(IsBareLink))) return ListOfLinks;
        if (parent is { Role: SectionRole.Reference }) return parent with { Reason = "it is inside a reference section" };
        if (parent is { Evident: true }) return InsidePlan;
        return planElsewhere && lists.Count > 0
            ? PlanElsewhere
            : PlanByDefault;
    }

    // The readings that say the same for every section they are given to: one instance each, not one per heading.
    /// <summary>The reading of a section whose own list has checkboxes, numbered days or dates.</summary>
    internal static readonly SectionReading ListHasPlanMarks = new(SectionRole.Plan, "its list has checkboxes, numbered days or dates");

    private static readonly SectionReading SectionBelowHasPlanMarks = new(SectionRole.Plan, "a section inside it has checkboxes, numbered days or dates"),
        HeadingNamesPlan = new(SectionRole.Plan, "its heading names a part of a plan"),
        HeadingNamesRhythm = new(SectionRole.Plan, "its heading names the plan's rhythm (habits, criteria, review, loop)"),
        ListOfPercentages = new(SectionRole.Reference, "its list is percentages"),
        ListOfLinks = new(SectionRole.Reference, "its list is only links"),
        InsidePlan = new(SectionRole.Plan, "inside a plan section"),
        PlanElsewhere = new(SectionRole.Reference, "the plan is in other sections; its list has no boxes, numbers or dates"),
        TableOfNotes = new(SectionRole.Reference, "the plan is in other sections; its table names no topic, week, date or status");

    /// <summary>A section nothing marks as plan or reference: plan, but not evidently so.</summary>
    internal static readonly SectionReading PlanByDefault = new(SectionRole.Plan, "plan by default", Evident: false);

    /// <summary>Headings with a list of checkboxes, numbered days or dates somewhere in a section below them.</summary>
    private static HashSet<HeadingBlock> MarkedBelow(Block[] blocks, bool[] marks)
    {
        var marked = new HashSet<HeadingBlock>(SameObject.Comparer);
        var open = new List<HeadingBlock>();
        for (var b = 0; b < blocks.Length; b++)
        {
            if (blocks[b] is HeadingBlock heading)
            {
                while (open.Count > 0 && open[^1].Level >= heading.Level) open.RemoveAt(open.Count - 1);
                open.Add(heading);
            }
            else if (marks[b] && open.Count > 1)
                // Sections above the list's own, innermost first: one already marked was marked with all above it.
                for (var i = open.Count - 2; i >= 0 && marked.Add(open[i]); i--) { }
        }
        return marked;
    }

    private static int HeadingCount(Block[] blocks)
    {
        var count = 0;
        foreach (var block in blocks)
            if (block is HeadingBlock) count++;
        return count;
    }

    private static SectionReading Choice(bool plan) =>
        new(plan ? SectionRole.Plan : SectionRole.Reference, plan ? "you included it" : "you excluded it") { Chosen = true };

    /// <summary>Some section is plainly plan: its heading names a part of a plan, or its list has boxes, numbered days or dates.</summary>
    private static bool HasPlanSomewhere(Block[] blocks, bool[] marks, HeadingBlock? title)
    {
        for (var i = 0; i < blocks.Length; i++)
            if (marks[i] || blocks[i] is HeadingBlock h && h != title && NamesAPartOfAPlan(InlineText.TitleOf(h))) return true;
        return false;
    }

    // Loops over the blocks' own indexers: asked of every list, and LINQ's iterators cost more than the question (issue 14).
    private static bool HasPlanMarks(ListBlock list)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is not ListItemBlock entry) continue;
            if (entry.Count > 0 && entry[0] is ParagraphBlock p && (p.Inline?.FirstChild is TaskList || IsPlanEntry(InlineText.Peek(p)))) return true;
            for (var j = 0; j < entry.Count; j++)
                if (entry[j] is ListBlock sub && HasPlanMarks(sub)) return true;
        }
        return false;
    }

    private static bool IsPlanEntry(ReadOnlySpan<char> text) =>
        PlanEntry().IsMatch(text) || text.StartsWith('[') && StatusMarks.Bracketed(text.ToString()) is not null;

    /// <summary>A plan word that names a part ("Week 2", "Schedule"), not the unit of a length ("Overview (6 months)", "2-3 weeks").</summary>
    private static bool NamesAPartOfAPlan(string heading)
    {
        foreach (var word in PlanWord().EnumerateMatches(heading))
            if (!AfterANumber().IsMatch(heading.AsSpan(0, word.Index))) return true;
        return false;
    }

    [GeneratedRegex(@"\d\s*(?:[-–—~]\s*\d+\s*)?\+?\s*$")]
    private static partial Regex AfterANumber();

    private static IEnumerable<ParagraphBlock> Entries(ListBlock list) =>
        list.OfType<ListItemBlock>().Select(li => li.FirstOrDefault()).OfType<ParagraphBlock>();

    private static bool IsPercentage(ParagraphBlock entry) => Percentage().IsMatch(InlineText.Of(entry));

    private static bool IsBareLink(ParagraphBlock entry) =>
        entry.Inline?.FirstChild is LinkInline link && link.NextSibling is null
        || entry.Inline?.FirstChild is AutolinkInline auto && auto.NextSibling is null;

    // An entry that is a step of a plan: a box, a day/week/module number, or a date.
    [GeneratedRegex(@"^\s*(?:\[[ xX/✔️✅]+\]|(?:day|week|module|lesson|session|semana|d[ií]a|woche|tag|semaine|jour|недел[яи]|день)\s*\d+|第\s*\d+\s*[周天]|\d{4}-\d{2}-\d{2})", RegexOptions.IgnoreCase)]
    private static partial Regex PlanEntry();

    [GeneratedRegex(@"\b(?:weeks?|days?|months?|phases?|modules?|units?|sprints?|quarters?|milestones?|lessons?(?!\s+learn)|sessions?|schedule|syllabus|curriculum|roadmap|plan|checklist|tasks?|courses?|timeline|calendar|agenda|calendario|calendrier|zeitplan|lernplan|studienplan|расписание|semanas?|d[ií]as?|mes(?:es)?|m[eê]s|fases?|m[oó]dulos?|unidad(?:es)?|unidades?|cronograma|woche[n]?|tage?|monat(?:e)?|modul(?:e)?|semaines?|jours?|mois|недел[яиь]|день|дни|месяц|фаза|модуль|план)\b|第\s*\d+\s*[周天月]|周|阶段|模块|计划|^Q[1-4]\b", RegexOptions.IgnoreCase)]
    private static partial Regex PlanWord();

    [GeneratedRegex(@"\b(?:resources?|books?|links?|references?|readings?|bibliography|people|instructors?|teachers?|team|staff|grading|grades?|evaluation|assessments?|workload|polic(?:y|ies)|prerequisites?|requirements?|faq|about|testimonials?|sponsors?|licen[cs]e|contributing|contributors|contents|table of contents|changelog|logistics|community|code of conduct|star history|legend|how to use|acknowledge?ments?|credits|recursos|libros|livros|enlaces|referencias|referências|bibliograf[ií]a|avalia[çc][ãa]o|evaluaci[óo]n|requisitos|pr[ée]-?requisitos|objetivos|ressources|livres|r[ée]f[ée]rences|pr[ée]requis|ressourcen|b[üu]cher|literatur|voraussetzungen|bewertung|ресурсы|книги|ссылки|литература|требования|оценка)\b|资料|资源|书籍|参考|前置|要求|论文|许可", RegexOptions.IgnoreCase)]
    private static partial Regex ReferenceWord();

    [GeneratedRegex(@"\bcourses?\s+(?:overview|description|details|information|info|logistics|objectives|outcomes|structure|format|materials?|website|polic(?:y|ies)|resources?|books?|textbooks?|staff|instructors?|grading|requirements|prerequisites|office hours)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AboutTheCourse();

    [GeneratedRegex(@":\s*\d+(?:[.,]\d+)?\s*%\s*$")]
    private static partial Regex Percentage();
}
