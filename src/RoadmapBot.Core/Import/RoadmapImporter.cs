using System.Text;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Import;

/// <summary>Turns a Markdown roadmap into a <see cref="Roadmap"/>. Pure: no I/O, no clock.</summary>
public static class RoadmapImporter
{
    public const int MaxBytes = 1024 * 1024;

    /// <summary>Imports raw file bytes: refuses oversized or binary input with <see cref="RoadmapRejectedException"/>.</summary>
    public static ImportResult Import(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxBytes)
            throw new RoadmapRejectedException($"The file is {bytes.Length / 1024} KB; roadmaps are limited to 1 MB.");
        if (bytes.IndexOf((byte)0) >= 0)
            throw new RoadmapRejectedException("The file is not text (it contains binary data); send a Markdown (.md) file.");
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new RoadmapRejectedException("The file is not UTF-8 text; save it as UTF-8 Markdown and try again.");
        }
        return Import(text);
    }

    /// <summary>Imports Markdown text: refuses text over 1 MB with <see cref="RoadmapRejectedException"/>.</summary>
    public static ImportResult Import(string markdown)
    {
        if (Encoding.UTF8.GetByteCount(markdown) > MaxBytes)
            throw new RoadmapRejectedException("The roadmap is larger than 1 MB; split it into smaller documents.");
        if (markdown.Contains('\0'))
            throw new RoadmapRejectedException("The text is not a roadmap (it contains binary data).");
        // Placeholder until the parser lands in this same file.
        return new ImportResult(new Roadmap { Title = "Roadmap" }, []);
    }
}
