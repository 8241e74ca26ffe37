using Markdig.Syntax;

namespace RoadmapBot.Core.Import;

/// <summary>
/// Where the walk over a roadmap's blocks stands: the phases opened so far and the current one, the week and date, the open
/// headings (what kind of section, which name a warning gives). Moved on by each heading (<see cref="Enter"/>).
/// </summary>
internal sealed class DocumentPosition(SourceText source, DocumentOutline outline, IReadOnlyDictionary<HeadingBlock, SectionReading> roles, Lazy<NumericDates>? dates = null)
{
    // A heading's range of days without a year ("(Mar 2 - Mar 8)") takes the document's; walks that read no dates pass none.
    private readonly Func<string, int?>? _yearOf = dates is null ? null : written => dates.Value.YearOf(written);

    // A class, not a tuple: a list of tuples is compiled at run time on every one-shot import (issue 20).
    private sealed record OpenHeading(SectionKind? Kind, HeadingBlock Block, DayOfWeek? Weekday);

    private readonly List<OpenHeading> _headings = [];

    public List<PhaseDraft> Phases { get; } = [];
    public PhaseDraft? Phase { get; private set; }
    public DateOnly? Date { get; private set; }
    public int? Week { get; private set; }

    /// <summary>How long the weeks a heading spans last ("Week 3–6": 28 days); null for one week.</summary>
    public int? WeekSpanDays { get; private set; }

    /// <summary>The words of the current numbered phase's (or day's) heading.</summary>
    public string? PhaseHeading { get; private set; }

    /// <summary>The numbered phase (or day) being read, and its week when a heading or the phase names one: checkboxes or not is decided per unit.</summary>
    public string? CheckboxUnit => _checkboxUnit ??= PhaseHeading is null ? null : Week is { } week ? $"{PhaseHeading} · week {week}" : PhaseHeading;

    // Asked for every list and entry: built once per heading entered.
    private string? _checkboxUnit;

    // The heading of the section being read, whatever its level: what a warning names ("Table in 'Week 2' skipped …").
    private HeadingBlock? _section;

    public bool InPhase => Phase is not null || outline.Mode == OutlineMode.Dated && Date is not null;

    /// <summary>Nothing read yet but the title: no heading open, no phase made.</summary>
    public bool AboveEveryHeading => _headings.Count == 0 && Phase is null && Phases.Count == 0;

    public bool UnderNoHeading => _headings.Count == 0;

    public SectionKind Kind
    {
        get
        {
            for (var i = _headings.Count - 1; i >= 0; i--)
                if (_headings[i].Kind is { } kind) return kind;
            return SectionKind.Tasks;
        }
    }

    public string SectionName => ItemPlace.NameOf(_section);

    public ItemPlace Place => new(Week, Date, Phase, _section)
    {
        Heading = _headings.Count > 0 ? _headings[^1].Block : null,
        WeekSpanDays = WeekSpanDays,
        Weekday = Week is not null && Date is null ? DayOfTheWeek() : null,
    };

    // The innermost open heading that names a day: "### Monday", and "#### Evening" below it.
    private DayOfWeek? DayOfTheWeek()
    {
        for (var i = _headings.Count - 1; i >= 0; i--)
            if (_headings[i].Weekday is { } day) return day;
        return null;
    }

    public void Enter(HeadingBlock heading)
    {
        _checkboxUnit = null;
        var text = InlineText.Of(heading);
        _section = heading == outline.TitleHeading ? null : heading;
        if (heading == outline.TitleHeading)
        {
            _headings.Clear();
            Phase = null;
            return;
        }
        var isReference = roles.TryGetValue(heading, out var role) && role.Role == SectionRole.Reference;
        if (!isReference && outline.IsPhaseHeading(heading))
        {
            _headings.Clear();
            Phase = PhaseDraft.FromHeading(text, Phases.Count + 1, source.OriginalLine(heading.Line), _yearOf);
            Phase.RunForward(Phases.LastOrDefault(p => p.Start is not null));
            Phases.Add(Phase);
            (Week, WeekSpanDays) = (Phase.FirstWeek == Phase.LastWeek ? Phase.FirstWeek : null, null);
            Date = null;
            PhaseHeading = InlineText.TitleOf(heading);
            return;
        }
        if (outline.Mode == OutlineMode.Dated && heading.Level == outline.PhaseLevel)
        {
            _headings.Clear();
            Date = TextPatterns.FindDate(text);
            PhaseHeading = InlineText.TitleOf(heading);
            return;
        }
        if (heading.Level <= outline.PhaseLevel && !outline.IsPartOfPhase(heading, Phase))
        {
            Phase = null;
            Date = null;
            PhaseHeading = null;
        }
        while (_headings.Count > 0 && _headings[^1].Block.Level >= heading.Level) _headings.RemoveAt(_headings.Count - 1);
        var kind = isReference ? SectionKind.Reference : SectionKinds.Of(heading) ?? (Kind == SectionKind.Reference ? SectionKind.Tasks : null);
        var title = InlineText.TitleOf(heading);
        _headings.Add(new OpenHeading(kind, heading, WeekdayNames.Opening(title)));
        if (!InPhase) return;
        if (TextPatterns.WeekHeading().Match(title) is { Success: true } week)
        {
            Week = Digits.Int(week.Groups[1].Value);
            WeekSpanDays = TextPatterns.WeekSpan(title) is { Last: { } last } span && span.First == Week && last > Week ? (last - Week + 1) * 7 : null;
        }
        if (TextPatterns.FindDate(text) is { } date) Date = date;
    }

    /// <summary>The phase a block here belongs to, made when the document's shape calls for one where none is open; null outside any.</summary>
    public PhaseDraft? PhaseHere()
    {
        if (Phase is null && outline.Mode == OutlineMode.Headings && Phases.Count == 0 && _headings.Count == 0)
        {
            Phase = new PhaseDraft(1, outline.Title, 1);
            Phases.Add(Phase);
        }
        // 90DaysOfDevOps: "## Progress" holds day 1 above the "###" areas that are the phases; its own list is a phase of its own.
        // A section the member included, above the phases, is a phase of its own too.
        // A plan section under a reference one ("### Timeline" under "## Grading") is a phase of its own too.
        else if (Phase is null && _headings.Count > 0 && Kind == SectionKind.Tasks
                 && (_headings[^1].Block.Level < outline.PhaseLevel && (outline.Mode == OutlineMode.Headings || roles.TryGetValue(_headings[^1].Block, out var role) && role.Chosen)
                     || outline.Mode == OutlineMode.Headings && _headings.Exists(h => h.Kind == SectionKind.Reference)))
        {
            Phase = PhaseDraft.FromHeading(InlineText.Of(_headings[^1].Block), Phases.Count + 1, source.OriginalLine(_headings[^1].Block.Line));
            Phases.Add(Phase);
        }
        return Phase;
    }
}
