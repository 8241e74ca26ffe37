using System.Globalization;
using Markdig.Extensions.Tables;
using Markdig.Extensions.TaskLists;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Import;

/// <summary>Walks the top-level blocks of a parsed roadmap once, keeping track of the phase and section each belongs to.</summary>
internal sealed partial class RoadmapBuilder(SourceText source, DocumentOutline outline, IReadOnlyDictionary<HeadingBlock, SectionReading> roles, List<ImportWarning> warnings)
{
    private readonly List<PhaseDraft> _phases = [];
    private readonly List<ItemDraft> _datedItems = [];
    private readonly List<Reschedule> _reschedules = [];
    private readonly List<(int Level, string Text, SectionKind? Kind, HeadingBlock Block)> _headings = [];
    private readonly RhythmDraft _rhythm = new();
    // Decided on the first numeric date a table holds: most documents have none, and the scan reads the whole text.
    private readonly Lazy<NumericDates> _numericDates = new(() => NumericDates.For(source.Text, warnings), LazyThreadSafetyMode.None);
    private PhaseDraft? _phase;
    private DateOnly? _date;
    private int? _week;
    private int _dayCounter;
    private HeadingBlock? _usedItemHeading;
    private bool _checkboxMode;

    // OSSU: a plan told in several task tables; its plain bullet lists are advice around them, not tasks.
    private bool _tableMode;

    private bool InPhase => _phase is not null || outline.Mode == OutlineMode.Dated && _date is not null;

    private SectionKind Kind => _headings.LastOrDefault(h => h.Kind is not null).Kind ?? SectionKind.Tasks;

    public Roadmap Build(MarkdownDocument document)
    {
        _checkboxMode = new RoadmapBuilder(source, outline, roles, []).HasCheckboxTasks(document);
        _tableMode = !_checkboxMode && document.OfType<Table>().Count(TableCells.HasTitleColumn) >= 3;
        if (outline.Mode == OutlineMode.Diary)
        {
            var entries = document.OfType<HeadingBlock>().Count(h => h.Level == outline.PhaseLevel && TextPatterns.FindDate(InlineText.Of(h)) is not null);
            warnings.Add(new ImportWarning(0, $"Read as a diary: {entries} dated entries, most of them prose only. A record of what was done has nothing left to do, so no tasks were imported."));
            return Finish();
        }
        foreach (var block in document) Visit(block);
        return Finish();
    }

    /// <summary>True when the phases hold checkbox tasks: then only checkboxes are tasks, other bullets are details.</summary>
    private bool HasCheckboxTasks(MarkdownDocument document)
    {
        foreach (var block in document)
        {
            if (block is HeadingBlock heading) OnHeading(heading);
            else if (block is ListBlock list && InPhase && Kind == SectionKind.Tasks && HasCheckbox(list)) return true;
        }
        return false;
    }

    private static bool HasCheckbox(ListBlock list) =>
        list.OfType<ListItemBlock>().Any(li =>
            li.FirstOrDefault() is ParagraphBlock { Inline.FirstChild: TaskList } || li.OfType<ListBlock>().Any(HasCheckbox));

    private void Visit(Block block)
    {
        switch (block)
        {
            case HeadingBlock heading: OnHeading(heading); break;
            case ListBlock list: OnList(list); break;
            case Table table: OnTable(table); break;
            case ParagraphBlock paragraph: OnParagraph(paragraph); break;
            case FencedCodeBlock code: OnCode(code); break;
            case QuoteBlock quote: foreach (var child in quote) Visit(child); break;
            case HtmlBlock html: OnHtml(html); break;
            case YamlFrontMatterBlock or ThematicBreakBlock or LinkReferenceDefinitionGroup or BlankLineBlock: break;
            case CodeBlock code: Warn(code, "Indented code skipped: code is not structure."); break;
        }
    }

    private void OnHeading(HeadingBlock heading)
    {
        var text = InlineText.Of(heading);
        if (heading == outline.TitleHeading)
        {
            _headings.Clear();
            _phase = null;
            return;
        }
        var isReference = roles.TryGetValue(heading, out var role) && role.Role == SectionRole.Reference;
        if (!isReference && outline.IsPhaseHeading(heading, text))
        {
            _headings.Clear();
            _phase = PhaseDraft.FromHeading(text, _phases.Count + 1, Line(heading));
            _phases.Add(_phase);
            _week = _phase.FirstWeek == _phase.LastWeek ? _phase.FirstWeek : null;
            _date = null;
            return;
        }
        if (outline.Mode == OutlineMode.Dated && heading.Level == outline.PhaseLevel)
        {
            _headings.Clear();
            _date = TextPatterns.FindDate(text);
            return;
        }
        if (heading.Level <= outline.PhaseLevel)
        {
            _phase = null;
            _date = null;
        }
        _headings.RemoveAll(h => h.Level >= heading.Level);
        var kind = isReference ? SectionKind.Reference : SectionKinds.FromHeading(text) ?? (Kind == SectionKind.Reference ? SectionKind.Tasks : null);
        _headings.Add((heading.Level, text, kind, heading));
        if (!InPhase) return;
        if (TextPatterns.WeekHeading().Match(TextPatterns.StripDecoration(text)) is { Success: true } week) _week = int.Parse(week.Groups[1].Value, CultureInfo.InvariantCulture);
        if (TextPatterns.FindDate(text) is { } date) _date = date;
    }

    private int Line(Block block) => source.OriginalLine(block.Line);

    private void Warn(Block block, string message) => warnings.Add(new ImportWarning(Line(block), message));

    private string SectionName => _headings.Count > 0 ? TextPatterns.StripDecoration(_headings[^1].Text) : "the introduction";

    private List<ItemDraft>? ItemsHere()
    {
        if (outline.Mode == OutlineMode.Dated) return _date is null ? null : _datedItems;
        if (_phase is null && outline.Mode == OutlineMode.Headings && _phases.Count == 0 && _headings.Count == 0)
        {
            _phase = new PhaseDraft(1, outline.Title, 1);
            _phases.Add(_phase);
        }
        // 90DaysOfDevOps: "## Progress" holds day 1 above the "###" areas that are the phases; its own list is a phase of its own.
        // A section the member included, above the phases, is a phase of its own too.
        else if (_phase is null && _headings.Count > 0 && _headings[^1].Level < outline.PhaseLevel && Kind == SectionKind.Tasks
                 && (outline.Mode == OutlineMode.Headings || roles.TryGetValue(_headings[^1].Block, out var role) && role.Chosen))
        {
            _phase = PhaseDraft.FromHeading(_headings[^1].Text, _phases.Count + 1, Line(_headings[^1].Block));
            _phases.Add(_phase);
        }
        return _phase?.Items;
    }

    private sealed record Reschedule(DateOnly? From, DateOnly Date, TimeOnly? Start, TimeOnly? End, string Title, int Line);
}
