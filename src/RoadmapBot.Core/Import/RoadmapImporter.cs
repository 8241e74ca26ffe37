using System.Text;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Import;

/// <summary>Turns a Markdown roadmap into a <see cref="Roadmap"/>. Pure: no I/O, no clock.</summary>
public static class RoadmapImporter
{
    public const int MaxBytes = 1024 * 1024;

    /// <summary>
    /// Imports raw file bytes: refuses oversized or binary input with <see cref="RoadmapRejectedException"/>. Dates written
    /// without a year that the document does not give one take <paramref name="importDate"/>'s, or stay undated without it.
    /// </summary>
    public static ImportResult Import(ReadOnlySpan<byte> bytes, IReadOnlyList<SectionChoice>? choices = null, DateOnly? importDate = null) =>
        Read(Decode(bytes), choices, importDate);

    /// <summary>
    /// A file's text: UTF-8 with or without its byte-order mark, or UTF-16 with one (Notepad's "Unicode"); anything else is
    /// refused with <see cref="RoadmapRejectedException"/>, as is a file over 1 MB.
    /// </summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxBytes)
            throw new RoadmapRejectedException(RoadmapUpload.TooLarge(bytes.Length));
        Encoding? utf16 = bytes switch
        {
            [0xFF, 0xFE, ..] => new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true),
            [0xFE, 0xFF, ..] => new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true),
            _ => null,
        };
        if (utf16 is null && bytes.IndexOf((byte)0) >= 0)
            throw new RoadmapRejectedException("The file is not text (it contains binary data); send a Markdown (.md) file.");
        try
        {
            return (utf16 ?? new UTF8Encoding(false, true)).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new RoadmapRejectedException("The file is not UTF-8 text; save it as UTF-8 Markdown and try again.");
        }
    }

    /// <summary>Imports Markdown text: refuses text over 1 MB with <see cref="RoadmapRejectedException"/>.</summary>
    public static ImportResult Import(string markdown, IReadOnlyList<SectionChoice>? choices = null, DateOnly? importDate = null)
    {
        if (Encoding.UTF8.GetByteCount(markdown) > MaxBytes)
            throw new RoadmapRejectedException("The roadmap is larger than 1 MB; split it into smaller documents.");
        if (markdown.Contains('\0'))
            throw new RoadmapRejectedException("The text is not a roadmap (it contains binary data).");
        return Read(markdown, choices, importDate);
    }

    private static ImportResult Read(string markdown, IReadOnlyList<SectionChoice>? choices, DateOnly? importDate)
    {
        var warnings = new List<ImportWarning>();
        // A byte-order mark pasted or stored with the text is no part of the first heading or the front matter.
        markdown = markdown.TrimStart('\uFEFF');
        var text = markdown.Contains('\r') ? markdown.Replace("\r\n", "\n").Replace('\r', '\n') : markdown;
        text = MojibakeRepair.Check(text, out var encoding, out var looksBroken);
        if (encoding is not null)
            warnings.Add(new ImportWarning(0, $"The text was garbled (UTF-8 read as {encoding}); repaired before reading."));
        else if (looksBroken)
            warnings.Add(new ImportWarning(0, "Some characters look garbled (wrong text encoding) and could not be repaired."));

        text = ConflictMarkers.KeepFirstSide(text, warnings);
        var source = TableRowContinuation.Join(text, warnings);
        var document = Markdown.Parse(source.Text, FrontMatter.MayOpen(source.Text) ? Pipeline : PipelineWithoutFrontMatter);
        Disclosures.PromoteNumberedSummaries(document, source.Text);
        var roles = SectionRoles.Of(document, choices);
        var outline = DocumentOutline.Of(document, FrontMatterTitle(document), roles);
        var roadmap = RoadmapBuilder.Build(document, source, outline, roles, warnings, importDate) with
        {
            Resources = ReferenceResources.Of(document, roles, source),
            SectionChoices = choices ?? [],
        };
        return new ImportResult(roadmap, [.. warnings.OrderBy(w => w.Line)])
        {
            Sections = ImportSections.Of(document, outline.TitleHeading, roles, source, roadmap),
        };
    }

    /// <summary>Pipe tables, task lists and exact positions only: richer extensions rewrite literal text ($, {}, ~).</summary>
    internal static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseTaskLists()
        .UseYamlFrontMatter()
        .UsePreciseSourceLocation()
        .Build();

    // For a document whose opening "---" is a rule above Markdown, not YAML: read as front matter, its plan would vanish.
    private static readonly MarkdownPipeline PipelineWithoutFrontMatter = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseTaskLists()
        .UsePreciseSourceLocation()
        .Build();

    private static string? FrontMatterTitle(MarkdownDocument document)
    {
        if (document.FirstOrDefault() is not YamlFrontMatterBlock front) return null;
        var line = front.Lines.ToString().Split('\n')
            .FirstOrDefault(l => l.StartsWith("title:", StringComparison.OrdinalIgnoreCase));
        return line?["title:".Length..].Trim().Trim('"', '\'');
    }
}
