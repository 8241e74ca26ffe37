using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Views;

namespace RoadmapBot.Core.Commands;

public sealed record ReviewBefore(DateOnly WeekStart, int Question, string? Text);

/// <summary>/review: this week's review as a form; /review N answer stores the answer to question N.</summary>
public sealed class ReviewCommand : IChatCommand
{
    private const int MaxAnswer = 2000;
    private const int LastWeekLength = 120;

    public async Task<ChatReply> ExecuteAsync(CommandContext context)
    {
        if (await context.LoadRoadmapAsync() is not { } view)
            return Replies.NoRoadmap;
        var questions = view.Extras.ReviewQuestions;
        if (questions.Count == 0)
            return ChatReply.Text("This roadmap has no weekly review questions.");
        var week = context.WeekStart;
        var answers = await context.Db.ReviewAnswers
            .Where(a => a.MemberId == context.Member.Id && a.WeekStart == week)
            .ToDictionaryAsync(a => a.Question, context.CancellationToken);
        var words = context.Words;
        if (words.Length == 0)
        {
            var lastWeek = await context.Db.ReviewAnswers.AsNoTracking()
                .Where(a => a.MemberId == context.Member.Id && a.WeekStart == week.AddDays(-7)).OrderBy(a => a.Question)
                .ToListAsync(context.CancellationToken);
            return Form(questions, answers, week, lastWeek);
        }
        if (!int.TryParse(words[0], out var number) || number < 1 || number > questions.Count || words.Length < 2)
            return ChatReply.Text($"Answer a question with /review N your answer, N from 1 to {questions.Count}, e.g. /review 1 shipped the ETL project.");
        var text = context.Arguments[words[0].Length..].Trim();
        if (text.Length > MaxAnswer)
            return ChatReply.Text($"Answers are limited to {MaxAnswer:N0} characters.");
        var row = answers.GetValueOrDefault(number);
        context.Audit(AuditKind.ReviewAnswer, new ReviewBefore(week, number, row?.Text));
        if (row is null)
            context.Db.ReviewAnswers.Add(row = new ReviewAnswer { MemberId = context.Member.Id, WeekStart = week, Question = number, Text = text });
        (row.Text, row.AnsweredAt) = (text, context.Now);
        await context.SaveAsync();
        var open = Enumerable.Range(1, questions.Count).Where(n => n != number && !answers.ContainsKey(n)).ToList();
        return open.Count == 0
            ? ChatReply.Text($"Answer {number} saved. Your review for the week of {Progress.Show.Short(week)} is complete 🎉")
            : ChatReply.Text($"Answer {number} saved. Next: {open[0]}. {questions[open[0] - 1]} (/review {open[0]} …)");
    }

    public static async Task RestoreAsync(CommandContext context, ReviewBefore before)
    {
        var row = await context.Db.ReviewAnswers.FirstOrDefaultAsync(
            a => a.MemberId == context.Member.Id && a.WeekStart == before.WeekStart && a.Question == before.Question, context.CancellationToken);
        if (row is null)
            return;
        if (before.Text is null)
            context.Db.ReviewAnswers.Remove(row);
        else
            row.Text = before.Text;
    }

    private static ChatReply Form(IReadOnlyList<string> questions, Dictionary<int, ReviewAnswer> answers, DateOnly week, List<ReviewAnswer> lastWeek)
    {
        var form = ReviewForms.Build(questions, answers.ToDictionary(a => a.Key, a => a.Value.Text), week);
        var reply = new ReplyBuilder().Line(Span.Bold($"Weekly review — week of {Progress.Show.Short(week)}"));
        ReviewForms.Questions(reply, form);
        if (lastWeek.Count > 0)
        {
            reply.Line(Span.Bold($"Last week (week of {Progress.Show.Short(week.AddDays(-7))})"));
            foreach (var answer in lastWeek)
                reply.Bullet($"{answer.Question}. {(answer.Question <= questions.Count ? questions[answer.Question - 1] : "")}", Span.Italic($" — {Shorten(answer.Text)}"));
        }
        return reply.Build(form);
    }

    // A glance back, not the whole text again.
    private static string Shorten(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= LastWeekLength ? line : line[..(LastWeekLength - 1)].TrimEnd() + "…";
    }
}
