using System.Text.RegularExpressions;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Verification;

namespace RoadmapBot.Core.Commands;

/// <summary>/verify commits github NAME ties a daily habit to an account that proves it; /verify off unties it; /verify alone says which.</summary>
public sealed partial class VerifyCommand(HabitVerifier verifier) : IChatCommand
{
    public async Task<ChatReply> ExecuteAsync(CommandContext context)
    {
        var words = context.Words;
        var current = VerificationSettings.Parse(context.Member.Settings).Verified;
        if (words.Length == 0)
            return current is null
                ? Replies.Usage("verify")
                : ChatReply.Text($"Your {current.Metric} habit checks itself from {current.Source} account “{current.Account}”. ", Span.Code("/verify off"), " unties it.");
        if (words is [var off] && off.Equals("off", StringComparison.OrdinalIgnoreCase))
        {
            if (current is null)
                return ChatReply.Text("None of your habits checks itself yet.");
            await SaveAsync(context, null);
            return ChatReply.Text($"Your {current.Metric} habit is ticked by hand again.");
        }
        if (words is not [var metricName, var sourceName, var account])
            return Replies.Usage("verify");
        if (verifier.Source(sourceName) is not { } source)
            return ChatReply.Text($"I can check habits against GitHub only, e.g. /verify {metricName} github NAME.");
        if (!AccountName().IsMatch(account))
            return ChatReply.Text($"{Echo.Quote(account)} is not a GitHub user name (letters, digits and single hyphens, up to 39).");
        if (await context.LoadRoadmapAsync() is not { } view)
            return Replies.NoRoadmap;
        if (Metrics.Resolve(metricName, Metrics.Of(view, context.Today)) is not { Habit: { } habit })
            return ChatReply.Text($"{Echo.Quote(metricName)} is not one of your daily habits ({string.Join(", ", view.Habits.Select(h => h.Metric))}).");
        var tie = new VerifiedHabit(habit.Metric, source.Name, account);
        var check = await source.CountAsync(account, context.Day, context.Today, context.Member.Id, 1, context.CancellationToken);
        if (check.Outcome == ActivityOutcome.UnknownAccount)
            return ChatReply.Text($"GitHub has no account called “{account}”; nothing changed.");
        await SaveAsync(context, tie);
        var reply = new ReplyBuilder().Line($"Your {habit.Metric} habit now checks itself from GitHub account “{account}”: the evening check-in looks first, so a day you pushed is ticked for you.");
        return (check switch
        {
            { Outcome: ActivityOutcome.Counted, HasPublicEvents: false } => reply.Line($"GitHub shows no public events for “{account}” yet: pushes to private repositories don't show, so tick it by hand until public ones do."),
            { Outcome: ActivityOutcome.Counted } => reply.Line($"Today so far: {check.Count} commit{(check.Count == 1 ? "" : "s")}."),
            { Outcome: ActivityOutcome.BudgetSpent } => reply.Line("GitHub's hourly request limit is spent just now; the check-in tries again later."),
            _ => reply.Line("GitHub did not answer just now; the check-in tries again later."),
        }).Build();
    }

    // Audited as a settings change, so /undo restores the habit as it was.
    private static async Task SaveAsync(CommandContext context, VerifiedHabit? tie)
    {
        var before = context.Member.Settings;
        context.Member.Settings = (VerificationSettings.Parse(before) with { Verified = tie }).ToJson();
        context.Audit(AuditKind.Settings, new SettingsBefore(before));
        await context.SaveAsync();
    }

    [GeneratedRegex("^[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}$")]
    private static partial Regex AccountName();
}
