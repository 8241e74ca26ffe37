using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Import;

/// <summary>
/// Walks the top-level blocks of a parsed roadmap once, keeping track of the phase, week, date and section each belongs to,
/// and hands each block to its reader: lists (<see cref="ListReader"/>), tables (<see cref="TableReader"/>), the rhythm
/// (<see cref="RhythmReader"/>); dated items are grouped into weeks last (<see cref="WeekGrouping"/>).
/// </summary>
internal sealed class RoadmapBuilder
{
    private readonly SourceText _source;
    private readonly DocumentOutline _outline;
    private readonly IReadOnlyDictionary<HeadingBlock, SectionReading> _roles;
    private readonly List<ImportWarning> _warnings;
    private readonly List<PhaseDraft> _phases = [];
    private readonly List<ItemDraft> _datedItems = [];
    private readonly List<(int Level, string Text, SectionKind? Kind, HeadingBlock Block)> _headings = [];
    private readonly RhythmReader _rhythm = new(new RhythmDraft());
    private readonly ListReader _lists;
    private readonly TableReader _tables;
    private readonly bool _checkboxMode;

    // The numbered phases with checkboxes (CheckboxPhases); null when the plan's sections are named by their topics.
    private readonly HashSet<string>? _checkboxPhases;
    private string? _phaseHeading;

    // OSSU: a plan told in several task tables; its plain bullet lists are advice around them, not tasks.
    private readonly bool _tableMode;
    private PhaseDraft? _phase;
    private ItemDraft? _group;

    // The heading of the section being read, whatever its level: what a warning names ("Table in 'Week 2' skipped …").
    private HeadingBlock? _section;
    private DateOnly? _date;
    private int? _week;

    private RoadmapBuilder(SourceText source, DocumentOutline outline, IReadOnlyDictionary<HeadingBlock, SectionReading> roles, List<ImportWarning> warnings, bool checkboxMode, HashSet<string>? checkboxPhases, bool tableMode, DateOnly? importDate = null)
    {
        (_source, _outline, _roles, _warnings, _checkboxMode, _checkboxPhases, _tableMode) = (source, outline, roles, warnings, checkboxMode, checkboxPhases, tableMode);
        _lists = new ListReader(source, _rhythm.Rhythm, warnings);
        _tables = new TableReader(source, warnings, importDate);
    }

    public static Roadmap Build(MarkdownDocument document, SourceText source, DocumentOutline outline, IReadOnlyDictionary<HeadingBlock, SectionReading> roles, List<ImportWarning> warnings, DateOnly? importDate)
    {
        var checkboxMode = new RoadmapBuilder(source, outline, roles, [], false, null, false).HasCheckboxTasks(document);
        var checkboxPhases = checkboxMode && outline.Mode != OutlineMode.Headings ? CheckboxPhases.Of(document, outline, roles) : null;
        var tableMode = !checkboxMode && document.OfType<Table>().Count(TableCells.HasTitleColumn) >= 3;
        var builder = new RoadmapBuilder(source, outline, roles, warnings, checkboxMode, checkboxPhases, tableMode, importDate);
        if (outline.Mode == OutlineMode.Diary)
        {
            var entries = document.OfType<HeadingBlock>().Count(h => h.Level == outline.PhaseLevel && TextPatterns.FindDate(InlineText.Of(h)) is not null);
            warnings.Add(new ImportWarning(0, $"Read as a diary: {entries} dated entries, most of them prose only. A record of what was done has nothing left to do, so no tasks were imported."));
        }
        else foreach (var block in document) builder.Visit(block);
        return builder.Finish();
    }

    private bool InPhase => _phase is not null || _outline.Mode == OutlineMode.Dated && _date is not null;

    private SectionKind Kind
    {
        get
        {
            for (var i = _headings.Count - 1; i >= 0; i--)
                if (_headings[i].Kind is { } kind) return kind;
            return SectionKind.Tasks;
        }
    }

    private string SectionName => ItemPlace.NameOf(_section);

    private ItemPlace Place => new(_week, _date, _phase, _section) { Heading = _headings.Count > 0 ? _headings[^1].Block : null };

    /// <summary>True when the phases hold checkbox tasks: then only checkboxes are tasks, other bullets are details.</summary>
    private bool HasCheckboxTasks(MarkdownDocument document)
    {
        foreach (var block in document)
        {
            if (block is HeadingBlock heading) OnHeading(heading);
            // A document of lists under no heading at all is one phase, made when its first list is read.
            else if (block is ListBlock list && (InPhase || _outline.Mode == OutlineMode.Headings && _headings.Count == 0) && Kind == SectionKind.Tasks
                     && ListBlocks.HasCheckbox(list)) return true;
        }
        return false;
    }

    // Numbered weeks, phases or days decide each for itself; sections named by their topics follow the whole document.
    private bool CheckboxesOnly => _checkboxMode && (_checkboxPhases is null || _phaseHeading is not null && _checkboxPhases.Contains(_phaseHeading));

    private void Visit(Block block)
    {
        // A bold line groups only the list right below it.
        var group = _group;
        _group = null;
        switch (block)
        {
            case HeadingBlock heading: OnHeading(heading); break;
            case ListBlock list: OnList(list, group); break;
            case Table table: OnTable(table); break;
            case ParagraphBlock paragraph when Kind != SectionKind.Reference: OnParagraph(paragraph); break;
            case FencedCodeBlock code: OnCode(code); break;
            case QuoteBlock quote: foreach (var child in quote) Visit(child); break;
            case HtmlBlock html: OnHtml(html); break;
            case YamlFrontMatterBlock or ThematicBreakBlock or LinkReferenceDefinitionGroup or BlankLineBlock or ParagraphBlock: break;
            case CodeBlock code: Warn(code, "Indented code skipped: code is not structure."); break;
        }
    }

    private void OnHeading(HeadingBlock heading)
    {
        var text = InlineText.Of(heading);
        _section = heading == _outline.TitleHeading ? null : heading;
        if (heading == _outline.TitleHeading)
        {
            _headings.Clear();
            _phase = null;
            return;
        }
        var isReference = _roles.TryGetValue(heading, out var role) && role.Role == SectionRole.Reference;
        if (!isReference && _outline.IsPhaseHeading(heading))
        {
            _headings.Clear();
            _phase = PhaseDraft.FromHeading(text, _phases.Count + 1, Line(heading));
            _phases.Add(_phase);
            _week = _phase.FirstWeek == _phase.LastWeek ? _phase.FirstWeek : null;
            _date = null;
            _phaseHeading = InlineText.TitleOf(heading);
            return;
        }
        if (_outline.Mode == OutlineMode.Dated && heading.Level == _outline.PhaseLevel)
        {
            _headings.Clear();
            _date = TextPatterns.FindDate(text);
            _phaseHeading = InlineText.TitleOf(heading);
            return;
        }
        if (heading.Level <= _outline.PhaseLevel)
        {
            _phase = null;
            _date = null;
            _phaseHeading = null;
        }
        while (_headings.Count > 0 && _headings[^1].Level >= heading.Level) _headings.RemoveAt(_headings.Count - 1);
        var kind = isReference ? SectionKind.Reference : SectionKinds.Of(heading) ?? (Kind == SectionKind.Reference ? SectionKind.Tasks : null);
        _headings.Add((heading.Level, text, kind, heading));
        if (!InPhase) return;
        if (TextPatterns.WeekHeading().Match(InlineText.TitleOf(heading)) is { Success: true } week) _week = Digits.Int(week.Groups[1].Value);
        if (TextPatterns.FindDate(text) is { } date) _date = date;
    }

    private void OnParagraph(ParagraphBlock paragraph)
    {
        // "**March 3-9, 2025**" alone on the line under a phase's heading: the days the phase runs.
        if (_phase is { Start: null, Items.Count: 0 } phase && _headings.Count == 0 && InlineText.Of(paragraph) is { Length: <= 40 } line
            && DateSpans.DayRange(line) is { } days)
            (phase.Start, phase.End) = (days.Start, days.End);
        else if (BoldLine.Of(paragraph) is { } title) _group = new ItemDraft { Title = title, Line = Line(paragraph), Week = _week, Date = _date };
        else _rhythm.ReadParagraph(paragraph);
    }

    private void OnList(ListBlock list, ItemDraft? group = null)
    {
        if (Kind == SectionKind.Reference || _rhythm.ReadList(list, Kind, _phase)) return;
        if (Kind == SectionKind.Template) Warn(list, $"List in '{SectionName}' skipped: it is a template, not tasks.");
        else if (_tableMode && !ListBlocks.HasCheckbox(list)) Warn(list, $"List in '{SectionName}' skipped: this plan's tasks are its table rows.");
        else if (ListBlocks.IsTableOfContents(list)) Warn(list, $"List in '{SectionName}' skipped: it is a table of contents.");
        // Above every heading, "- Setup: …", "- Purpose: …" beside a plan told under headings describe it: facts, not tasks.
        else if (_headings.Count == 0 && _phase is null && _phases.Count == 0 && _outline.Mode == OutlineMode.Headings && _roles.Values.Any(r => r is { Role: SectionRole.Plan, Evident: true })
                 && ListBlocks.IsFacts(list))
            Warn(list, $"List in '{SectionName}' skipped: its entries are facts ('label: value') about the plan below.");
        else if (ItemsHere() is not { } items) Warn(list, $"List in '{SectionName}' skipped: it is not inside a phase ({list.Count} entries).");
        // "**1. Programming:**" over a plain list: one item, the list's entries its sub-items.
        else if (group is not null && !CheckboxesOnly)
        {
            items.Add(group);
            _lists.Read(list, group.Children, Place, checkboxesOnly: false);
        }
        else _lists.Read(list, items, Place, CheckboxesOnly);
    }

    private void OnTable(Table table)
    {
        if (Kind == SectionKind.Reference) return;
        // Among checkbox tasks a table is read when it has boxes too, or dates or statuses of its own: a schedule, a tracker.
        if (Kind != SectionKind.Tasks || CheckboxesOnly && !TableCells.HasCheckboxCells(table) && !TableCells.HasDatesOrStatuses(table))
            Warn(table, $"Table in '{SectionName}' skipped: it holds no tasks.");
        else if (ItemsHere() is { } items) _tables.Read(table, items, _phases, Place);
        else Warn(table, $"Table in '{SectionName}' skipped: it is not inside a phase.");
    }

    private void OnCode(FencedCodeBlock code)
    {
        if (Kind != SectionKind.Reference && !_rhythm.ReadCode(code, Kind))
            Warn(code, $"Code block in '{SectionName}' skipped: code and templates are not tasks.");
    }

    private void OnHtml(HtmlBlock html)
    {
        if (Kind != SectionKind.Tasks || _checkboxMode || Disclosures.Item(html.Lines.ToString()) is not { } disclosure) return;
        if (ItemsHere() is { } items) items.Add(new ItemDraft { Title = disclosure.Title, Status = disclosure.Status, Line = Line(html), Week = _week, Date = _date });
        else Warn(html, $"'{disclosure.Title}' skipped: it is not inside a phase.");
    }

    private List<ItemDraft>? ItemsHere()
    {
        if (_outline.Mode == OutlineMode.Dated) return _date is null ? null : _datedItems;
        if (_phase is null && _outline.Mode == OutlineMode.Headings && _phases.Count == 0 && _headings.Count == 0)
        {
            _phase = new PhaseDraft(1, _outline.Title, 1);
            _phases.Add(_phase);
        }
        // 90DaysOfDevOps: "## Progress" holds day 1 above the "###" areas that are the phases; its own list is a phase of its own.
        // A section the member included, above the phases, is a phase of its own too.
        // A plan section under a reference one ("### Timeline" under "## Grading") is a phase of its own too.
        else if (_phase is null && _headings.Count > 0 && Kind == SectionKind.Tasks
                 && (_headings[^1].Level < _outline.PhaseLevel && (_outline.Mode == OutlineMode.Headings || _roles.TryGetValue(_headings[^1].Block, out var role) && role.Chosen)
                     || _outline.Mode == OutlineMode.Headings && _headings.Exists(h => h.Kind == SectionKind.Reference)))
        {
            _phase = PhaseDraft.FromHeading(_headings[^1].Text, _phases.Count + 1, Line(_headings[^1].Block));
            _phases.Add(_phase);
        }
        return _phase?.Items;
    }

    private Roadmap Finish()
    {
        if (_outline.Mode == OutlineMode.Dated) _phases.AddRange(WeekGrouping.Of(_datedItems, _lists.Reschedules, _warnings));
        if (_outline.Mode == OutlineMode.Headings) _phases.RemoveAll(p => p.Items.Count == 0);
        PlanCopies.KeepMostDetailed(_phases, _warnings);
        return RoadmapAssembly.Of(_outline.Title, _phases, _rhythm.Rhythm, _warnings);
    }

    private int Line(Block block) => _source.OriginalLine(block.Line);

    private void Warn(Block block, string message) => _warnings.Add(new ImportWarning(Line(block), message));
}
