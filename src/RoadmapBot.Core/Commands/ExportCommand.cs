using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Import;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Commands;

/// <summary>/export md|csv: the roadmap as a file with the member's progress, the Markdown one importable again.</summary>
public sealed class ExportCommand : IChatCommand
{
    private static readonly string[] CsvHeader =
        ["Task", "Phase", "Category", "Status", "Priority", "Hours", "Due Date", "Deliverable", "Proof", "Skills", "Course Resource", "Notes"];

    public async Task<ChatReply> ExecuteAsync(CommandContext context)
    {
        if (context.Words is not [var format] || format.ToLowerInvariant() is not ("md" or "csv"))
            return Replies.Usage("export");
        if (await context.LoadRoadmapAsync() is not { } view)
            return Replies.NoRoadmap;
        var progress = await context.LoadProgressAsync(context.Member);
        bool IsDone(StoredItem item) => progress.StatusOf(item) == ItemStatus.Done;
        var name = FileName(view.Title);
        if (format.Equals("csv", StringComparison.OrdinalIgnoreCase))
            return ChatReply.Text($"{view.Title}: {Quantity.Of(view.Items.Count, "item")} as CSV, with your status, proof and notes.")
                with { File = new ChatFile(name + ".csv", Encoding.UTF8.GetBytes(Csv(view, progress))) };

        var source = await context.Db.Roadmaps.Where(r => r.Id == view.Roadmap.Id).Select(r => r.Source).SingleAsync(context.CancellationToken);
        var marked = MarkdownExport.Mark(source, view.Items.All(i => i.MarkLine is not null)
            ? view.Items.Select(i => (new MarkPlace(i.MarkLine!.Value, i.MarkColumn), IsDone(i)))
            : PlacesReadAgain(source, view, IsDone));
        var done = view.Items.Count(IsDone);
        // Only an admin may load a group's file again: anyone else keeps it as their copy.
        var next = context.IsAdmin ? "send it back with /import to load it." : "a copy to keep (a group admin can load an edited one with /import).";
        return ChatReply.Text($"{view.Title} with your {Quantity.Of(done, "done item")} marked; {next}")
            with { File = new ChatFile(name + ".md", Encoding.UTF8.GetBytes(marked)) };
    }

    // Rows stored before the places were kept: the source read again gives them, each found by the key the importer gives it (ImportKey).
    private static IEnumerable<(MarkPlace, bool)> PlacesReadAgain(string source, RoadmapView view, Func<StoredItem, bool> isDone)
    {
        var stored = view.Items.ToDictionary(i => i.ImportKey ?? i.Key, StringComparer.OrdinalIgnoreCase);
        return RoadmapImporter.Import(source, importDate: ImportSectionChoice.ImportDate(view.Roadmap.ImportedAt)).Roadmap.AllItems()
            .Where(i => stored.ContainsKey(i.Key) && MarkPlace.Of(i) is not null)
            .Select(i => (MarkPlace.Of(i)!.Value, isDone(stored[i.Key])));
    }

    private static string Csv(RoadmapView view, MemberProgress progress) => CsvExport.Write(CsvHeader, view.Items.Select(item =>
    {
        var row = progress.RowOf(item);
        return (IReadOnlyList<string?>)
        [
            item.Title,
            view.PhaseOf(item)?.Title ?? item.PhaseKey,
            item.Kind == ItemKind.Project ? "Project" : "Learning",
            StatusName(progress.StatusOf(item)),
            item.Priority?.ToString(),
            item.Hours is { } hours ? CsvExport.Number(hours) : null,
            item.DueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            item.Deliverable,
            row?.ProofUrl,
            string.Join(", ", item.Skills),
            item.Links.FirstOrDefault(),
            row?.Notes,
        ];
    }));

    private static string StatusName(ItemStatus status) => status switch
    {
        ItemStatus.Doing => "In Progress",
        ItemStatus.Blocked => "Blocked",
        ItemStatus.Done => "Completed",
        ItemStatus.Skipped => "Skipped",
        _ => "Not Started",
    };

    // A file name every platform accepts: ASCII letters and digits from the title, joined by dashes.
    private static string FileName(string title)
    {
        var spaced = new string([.. title.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ')]);
        var slug = string.Join('-', spaced.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length == 0 ? "roadmap" : slug.Length <= 60 ? slug : slug[..60].TrimEnd('-');
    }
}
