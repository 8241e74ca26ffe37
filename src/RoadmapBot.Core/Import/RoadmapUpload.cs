using System.Globalization;

namespace RoadmapBot.Core.Import;

/// <summary>
/// The one rule for an uploaded roadmap file, for every adapter: a .md, .markdown or .txt file of at most
/// <see cref="RoadmapImporter.MaxBytes"/>, checked before and while it is fetched.
/// </summary>
public static class RoadmapUpload
{
    private static readonly string[] Extensions = [".md", ".markdown", ".txt"];

    public const string WrongKind = "Send the roadmap as a .md or .txt file.";

    /// <summary>Why a file of this name and size is refused before anything is fetched; null when it may be imported.</summary>
    public static string? Refusal(string fileName, long size) =>
        !Extensions.Contains(Path.GetExtension(fileName).ToLowerInvariant()) ? WrongKind : Fits(size) ? null : TooLarge(size);

    public static bool Fits(long size) => size <= RoadmapImporter.MaxBytes;

    /// <summary>The answer to a file known to be too large, before anything is downloaded.</summary>
    public static string TooLarge(long size) => string.Create(CultureInfo.InvariantCulture, $"The file is {size / 1024} KB; roadmaps are limited to 1 MB.");

    public const string OverLimit = "The file is larger than 1 MB; roadmaps are limited to 1 MB.";

    /// <summary>Where a download is written: it refuses the byte past the limit, so the rest is never fetched.</summary>
    public static MemoryStream Buffer() => new CappedStream();

    // Every write path checks first; the base class's paths may call one another, so each override goes straight to its base.
    private sealed class CappedStream : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count)
        {
            Check(count);
            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Check(buffer.Length);
            base.Write(buffer);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Check(count);
            return base.WriteAsync(buffer, offset, count, cancellationToken);
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Check(buffer.Length);
            return base.WriteAsync(buffer, cancellationToken);
        }

        public override void WriteByte(byte value)
        {
            Check(1);
            base.WriteByte(value);
        }

        private void Check(int count)
        {
            if (!Fits(Length + count)) throw new RoadmapRejectedException(OverLimit);
        }
    }
}
