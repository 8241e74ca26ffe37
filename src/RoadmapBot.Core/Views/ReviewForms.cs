using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;

namespace RoadmapBot.Core.Views;

/// <summary>The weekly review as a form with the member's answers so far: shared by /review and the review prompt.</summary>
public static class ReviewForms
{
    public static ReviewForm Build(IReadOnlyList<string> questions, IReadOnlyDictionary<int, string> answers, DateOnly week) =>
        new(week, questions.Select((q, i) => new ReviewQuestion(i + 1, q, answers.GetValueOrDefault(i + 1))).ToList());

    public static async Task<ReviewForm> LoadAsync(RoadmapDbContext db, long memberId, IReadOnlyList<string> questions, DateOnly week, CancellationToken ct)
    {
        var answers = await db.ReviewAnswers.AsNoTracking().Where(a => a.MemberId == memberId && a.WeekStart == week)
            .ToDictionaryAsync(a => a.Question, a => a.Text, ct);
        return Build(questions, answers, week);
    }

    /// <summary>Each question with its answer, then how to answer.</summary>
    public static void Questions(ReplyBuilder reply, ReviewForm form)
    {
        foreach (var q in form.Questions)
            reply.Bullet($"{q.Number}. {q.Text}", q.Answer is null ? Span.Italic(" (not answered)") : Span.Italic($" — {q.Answer}"));
        reply.Line("Answer with ", Span.Code("/review N your answer"), ".");
    }
}
