using System.Globalization;
using System.Text;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Import;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Storing;
using RoadmapBot.Core.Views;

namespace RoadmapBot.Core.Commands;

/// <summary>What /import says: what was understood, what was skipped, and what a replacement changes.</summary>
public static class ImportReplies
{
    private const int Shown = 10;

    public static ChatReply Imported(ImportResult result, MarkChanges marks, bool inGroup, RoadmapView? view, DateOnly today, ReplanOffer? offer = null)
    {
        var r = result.Roadmap;
        var reply = new ReplyBuilder()
            .Line("Imported ", Span.Bold(r.Title), $": {Quantity.Of(r.Phases.Count, "phase")}, {Quantity.Of(result.ItemCount, "item")}, {Quantity.Of(r.Habits.Count, "daily habit")}.");
        if (marks.Done.Count > 0)
            reply.Line($"The file's {Quantity.Of(marks.Done.Count, "item")} marked done {(marks.Done.Count == 1 ? "is" : "are")} now done for you{(inGroup ? " only; everyone else starts from zero" : "")}.");
        Warnings(reply, result);
        if (offer is not null)
            reply.Line($"The plan's dates began before today: {Quantity.Of(offer.Behind, "item")} {(offer.Behind == 1 ? "was" : "were")} already due.");
        ReplanLines.Offer(reply, offer);
        PlanLines.StartOffer(reply, view, today);
        return reply.Line("Next: ", Span.Code("/today"), ", ", Span.Code("/tasks"), " or ", Span.Code("/progress"), ".")
            .Button("Today", "/today").Button("Tasks", "/tasks").Build();
    }

    public static ChatReply NoTasks(ImportResult result)
    {
        var reply = new ReplyBuilder().Line("I found no tasks in that document, so nothing was imported. Tasks are headings, checkboxes or bullets under phase or week headings.");
        Warnings(reply, result);
        return reply.Build();
    }

    public static ChatReply Diff(RoadmapDiff diff, MarkChanges marks, CarryOver carry, ImportResult result)
    {
        var reply = new ReplyBuilder().Line(Span.Bold("Replacing the roadmap changes:"));
        if (diff.IsEmpty)
            reply.Line("No items change (only text around them).");
        Section(reply, "Added", diff.Added.Select(i => $"{i.Key} {i.Title}").ToList());
        Section(reply, "Changed", diff.Changed.Select(c => $"{c.New.Key} {c.New.Title}: {c.What}").ToList());
        Section(reply, "Moved", diff.Moved.Select(c => $"{c.New.Key} {c.New.Title} (was {c.Old.Key})" + (c.What is { } what ? $": {what}" : "")).ToList());
        Section(reply, "Removed", diff.Removed.Select(i => $"{i.Key} {i.Title}").ToList());
        if (carry.MembersAside > 0)
            reply.Line(Aside(carry));
        if (carry.MembersBack > 0)
            reply.Line($"{MembersProgress(carry.MembersBack)} kept aside comes back on {Quantity.Of(carry.ItemsBack, "item")}.");
        if (!marks.IsEmpty)
            reply.Line($"The file's marks change your progress (only yours): {MarkSummary(marks)}.");
        Warnings(reply, result);
        return reply.Line("Apply with ", Span.Code("/import confirm"), " or drop it with ", Span.Code("/import cancel"), ".")
            .Button("Apply", "/import confirm").Button("Cancel", "/import cancel").Build();
    }

    /// <summary>What a confirmed replacement did, and only that: counts of items by change, progress kept aside or back.</summary>
    public static ChatReply Replaced(ReplaceResult result, bool byYou)
    {
        var (diff, marks, carry) = (result.Diff, result.Marks, result.Carry);
        var counts = new[] { (diff.Added.Count, "added"), (diff.Changed.Count, "changed"), (diff.Moved.Count, "moved"), (diff.Removed.Count, "removed") }
            .Where(c => c.Item1 > 0).Select(c => $"{c.Item1} {c.Item2}").ToList();
        var text = new StringBuilder($"Roadmap replaced: {(counts.Count == 0 ? "no item changed" : string.Join(", ", counts))}.");
        text.Append(carry.MembersAside > 0 ? " " + Aside(carry) : " Everyone's progress stays with its item.");
        if (carry.MembersBack > 0)
            text.Append(CultureInfo.InvariantCulture, $" {MembersProgress(carry.MembersBack)} kept aside came back on {Quantity.Of(carry.ItemsBack, "item")}.");
        if (!marks.IsEmpty)
            text.Append(CultureInfo.InvariantCulture, $" The file's marks set {(byYou ? "your" : "the sender's")} progress: {MarkSummary(marks)}.");
        return new ReplyBuilder().Line(text.ToString()).Line(Span.Code("/undo"), " takes the import back within 24 hours.").Build();
    }

    public static string MembersProgress(int members) => members == 1 ? "1 member's progress" : $"{members} members' progress";

    private static string Aside(CarryOver carry) =>
        $"{MembersProgress(carry.MembersAside)} on {carry.ItemsAside} removed item{(carry.ItemsAside == 1 ? "" : "s")} is kept aside; it returns if the item comes back.";

    private static string MarkSummary(MarkChanges marks) =>
        string.Join(", ", new[] { (marks.Done.Count, "done"), (marks.Undone.Count, "back to todo") }.Where(p => p.Count > 0).Select(p => $"{Quantity.Of(p.Count, "item")} {p.Item2}"));

    private static void Section(ReplyBuilder reply, string title, IReadOnlyList<string> lines)
    {
        if (lines.Count == 0)
            return;
        reply.Line(Span.Bold($"{title} ({lines.Count}):"));
        foreach (var line in lines.Take(Shown))
            reply.Bullet(line);
        if (lines.Count > Shown)
            reply.Bullet($"… and {lines.Count - Shown} more");
    }

    private static void Warnings(ReplyBuilder reply, ImportResult result)
    {
        ImportOutline.Add(reply, result);
        if (result.Warnings.Count == 0)
            return;
        reply.Line($"Skipped or unsure ({result.Warnings.Count}):");
        foreach (var w in result.Warnings.Take(Shown))
            reply.Bullet(w.Line > 0 ? $"line {w.Line}: {w.Message}" : w.Message);
        if (result.Warnings.Count > Shown)
            reply.Bullet($"… and {result.Warnings.Count - Shown} more");
    }
}
