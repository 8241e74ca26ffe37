using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Import;

/// <summary>
/// Walks the top-level blocks of a parsed roadmap once, with the phase, week, date and section each belongs to kept by
/// <see cref="DocumentPosition"/>, and hands each block to its reader: lists (<see cref="ListReader"/>), tables (<see cref="TableReader"/>), the rhythm
/// (<see cref="RhythmReader"/>); dated items are grouped into weeks last (<see cref="WeekGrouping"/>).
/// </summary>
internal sealed class RoadmapBuilder
{
    private readonly SourceText _source;
    private readonly DocumentOutline _outline;
    private readonly IReadOnlyDictionary<HeadingBlock, SectionReading> _roles;
    private readonly List<ImportWarning> _warnings;
    private readonly DocumentPosition _at;
    private readonly List<ItemDraft> _datedItems = [];
    private readonly RhythmReader _rhythm = new(new RhythmDraft());
    private readonly ListReader _lists;
    private readonly TableReader _tables;
    private readonly bool _checkboxMode;

    // The numbered phases with checkboxes (CheckboxPhases); null when the plan's sections are named by their topics.
    private readonly HashSet<string>? _checkboxPhases;

    // OSSU: a plan told in several task tables; its plain bullet lists are advice around them, not tasks.
    private readonly bool _tableMode;
    private ItemDraft? _group;

    private RoadmapBuilder(SourceText source, DocumentOutline outline, IReadOnlyDictionary<HeadingBlock, SectionReading> roles, List<ImportWarning> warnings, bool checkboxMode, HashSet<string>? checkboxPhases, bool tableMode, DateOnly? importDate)
    {
        (_source, _outline, _roles, _warnings, _checkboxMode, _checkboxPhases, _tableMode) = (source, outline, roles, warnings, checkboxMode, checkboxPhases, tableMode);
        // Decided on the first date without a year: most documents have none, and the scan reads the whole text.
        var dates = new Lazy<NumericDates>(() => NumericDates.For(source.Text, warnings, importDate), LazyThreadSafetyMode.None);
        _at = new DocumentPosition(source, outline, roles, dates);
        _lists = new ListReader(source, _rhythm.Rhythm, warnings);
        _tables = new TableReader(source, warnings, dates);
    }

    public static Roadmap Build(MarkdownDocument document, SourceText source, DocumentOutline outline, IReadOnlyDictionary<HeadingBlock, SectionReading> roles, List<ImportWarning> warnings, DateOnly? importDate)
    {
        var (checkboxMode, boxedUnits) = CheckboxPhases.Of(document, outline, new DocumentPosition(source, outline, roles));
        var checkboxPhases = checkboxMode && outline.Mode != OutlineMode.Headings ? boxedUnits : null;
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

    // Numbered weeks, phases or days decide each for itself; sections named by their topics follow the whole document.
    private bool CheckboxesOnly => _checkboxMode && (_checkboxPhases is null || _at.CheckboxUnit is { } unit && _checkboxPhases.Contains(unit));

    private void Visit(Block block)
    {
        // A bold line groups only the list right below it.
        var group = _group;
        _group = null;
        switch (block)
        {
            case HeadingBlock heading: _at.Enter(heading); break;
            case ListBlock list: OnList(list, group); break;
            case Table table: OnTable(table); break;
            case ParagraphBlock paragraph when _at.Kind != SectionKind.Reference: OnParagraph(paragraph); break;
            case FencedCodeBlock code: OnCode(code); break;
            case QuoteBlock quote: foreach (var child in quote) Visit(child); break;
            case HtmlBlock html: OnHtml(html); break;
            case YamlFrontMatterBlock or ThematicBreakBlock or LinkReferenceDefinitionGroup or BlankLineBlock or ParagraphBlock: break;
            case CodeBlock code: Warn(code, "Indented code skipped: code is not structure."); break;
        }
    }

    private void OnParagraph(ParagraphBlock paragraph)
    {
        // "**March 3-9, 2025**" alone on the line under a phase's heading: the days the phase runs.
        if (_at.Phase is { Start: null, Items.Count: 0 } phase && _at.UnderNoHeading && InlineText.Of(paragraph) is { Length: <= 40 } line
            && DateSpans.DayRange(line) is { } days)
            (phase.Start, phase.End) = (days.Start, days.End);
        else if (BoldLine.Of(paragraph) is { } title) _group = new ItemDraft { Title = title, Line = Line(paragraph), Week = _at.Week, Date = _at.Date };
        else _rhythm.ReadParagraph(paragraph);
    }

    private void OnList(ListBlock list, ItemDraft? group = null)
    {
        if (_at.Kind == SectionKind.Reference || _rhythm.ReadList(list, _at.Kind, _at.Phase)) return;
        if (_at.Kind == SectionKind.Template) Warn(list, $"List in '{_at.SectionName}' skipped: it is a template, not tasks.");
        else if (_tableMode && !ListBlocks.HasCheckbox(list)) Warn(list, $"List in '{_at.SectionName}' skipped: this plan's tasks are its table rows.");
        else if (ListBlocks.IsTableOfContents(list)) Warn(list, $"List in '{_at.SectionName}' skipped: it is a table of contents.");
        // Above every heading, "- Setup: …", "- Purpose: …" beside a plan told under headings describe it: facts, not tasks.
        else if (_at.AboveEveryHeading && _outline.Mode == OutlineMode.Headings && _roles.Values.Any(r => r is { Role: SectionRole.Plan, Evident: true })
                 && ListBlocks.IsFacts(list))
            Warn(list, $"List in '{_at.SectionName}' skipped: its entries are facts ('label: value') about the plan below.");
        else if (ItemsHere() is not { } items) Warn(list, $"List in '{_at.SectionName}' skipped: it is not inside a phase ({Quantity.Of(list.Count, "entry", "entries")}).");
        // "**1. Programming:**" over a plain list: one item, the list's entries its sub-items.
        else if (group is not null && !CheckboxesOnly)
        {
            items.Add(group);
            _lists.Read(list, group.Children, _at.Place, checkboxesOnly: false);
        }
        else _lists.Read(list, items, _at.Place, CheckboxesOnly);
    }

    private void OnTable(Table table)
    {
        if (_at.Kind == SectionKind.Reference) return;
        // Among checkbox tasks a table is read when it has boxes too, or dates or statuses of its own: a schedule, a tracker.
        if (_at.Kind != SectionKind.Tasks || CheckboxesOnly && !TableCells.HasCheckboxCells(table) && !TableCells.HasDatesOrStatuses(table))
            Warn(table, $"Table in '{_at.SectionName}' skipped: it holds no tasks.");
        else if (ItemsHere() is { } items) _tables.Read(table, items, _at.Phases, _at.Place);
        else Warn(table, $"Table in '{_at.SectionName}' skipped: it is not inside a phase.");
    }

    private void OnCode(FencedCodeBlock code)
    {
        if (_at.Kind != SectionKind.Reference && !_rhythm.ReadCode(code, _at.Kind))
            Warn(code, $"Code block in '{_at.SectionName}' skipped: code and templates are not tasks.");
    }

    private void OnHtml(HtmlBlock html)
    {
        if (_at.Kind != SectionKind.Tasks || _checkboxMode || Disclosures.Item(html.Lines.ToString()) is not { } disclosure) return;
        if (ItemsHere() is { } items) items.Add(new ItemDraft { Title = disclosure.Title, Status = disclosure.Status, Line = Line(html), Week = _at.Week, Date = _at.Date });
        else Warn(html, $"'{disclosure.Title}' skipped: it is not inside a phase.");
    }

    private List<ItemDraft>? ItemsHere() =>
        _outline.Mode == OutlineMode.Dated ? _at.Date is null ? null : _datedItems : _at.PhaseHere()?.Items;

    private Roadmap Finish()
    {
        var phases = _at.Phases;
        TimelineSpans.Apply(phases);
        if (_outline.Mode == OutlineMode.Dated) phases.AddRange(WeekGrouping.Of(_datedItems, _lists.Reschedules, _warnings));
        if (_outline.Mode == OutlineMode.Headings)
        {
            HeadingTasks.Add(phases);
            phases.RemoveAll(p => p.Items.Count == 0);
        }
        PlanCopies.KeepMostDetailed(phases, _warnings);
        return RoadmapAssembly.Of(_outline.Title, phases, _rhythm.Rhythm, _warnings);
    }

    private int Line(Block block) => _source.OriginalLine(block.Line);

    private void Warn(Block block, string message) => _warnings.Add(new ImportWarning(Line(block), message));
}
