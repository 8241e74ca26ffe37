using System.Globalization;
using RoadmapBot.Core.Import;

namespace RoadmapBot.Host.Cli;

/// <summary><c>roadmapbot import FILE [--json]</c>: parse a roadmap and describe it; stores nothing.</summary>
public static class ImportCli
{
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var json = args.Contains("--json");
        // The day of the import gives a year to dates written without one; --clock sets it, as for every command. The UTC day,
        // as a chat import takes it (ImportSectionChoice.ImportDate); the local zone's file is not read (4 ms of a one-shot import).
        var clock = args.ToList().IndexOf("--clock");
        var today = clock >= 0 && clock + 1 < args.Count
            && DateTimeOffset.TryParse(args[clock + 1], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? DateOnly.FromDateTime(instant.UtcDateTime) : DateOnly.FromDateTime(DateTime.UtcNow);
        var files = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (clock < 0 || i != clock + 1)).ToList();
        if (files.Count != 1)
        {
            stderr.WriteLine("usage: roadmapbot import FILE [--json]");
            return 2;
        }
        var path = files[0];
        if (!File.Exists(path))
        {
            stderr.WriteLine($"error: no such file: {path}");
            return 1;
        }
        if (!RoadmapUpload.Fits(new FileInfo(path).Length))
        {
            stderr.WriteLine($"error: {path} is larger than 1 MB; roadmaps are limited to 1 MB.");
            return 1;
        }
        ImportResult result;
        try
        {
            result = RoadmapImporter.Import(File.ReadAllBytes(path), importDate: today);
        }
        catch (RoadmapRejectedException e)
        {
            stderr.WriteLine($"error: {path}: {e.Message}");
            return 1;
        }
        stdout.WriteLine(json ? RoadmapJson.Serialize(result) : ImportSummary.Describe(result));
        return 0;
    }
}
