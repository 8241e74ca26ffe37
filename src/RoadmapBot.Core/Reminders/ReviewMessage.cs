using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Views;

namespace RoadmapBot.Core.Reminders;

/// <summary>Weekly review prompt: the week's numbers filled in, then the review questions as a form.</summary>
public static class ReviewMessage
{
    public static async Task<ChatReply?> BuildAsync(ReminderScene scene)
    {
        var (view, day) = (scene.View, scene.Day);
        var week = Weeks.Start(day);
        var reply = scene.Start(Span.Bold($"📝 Weekly review — week of {Show.Short(week)}"));
        WeekLines.Add(reply, view, await scene.TotalsAsync(week), HabitDays.For(scene.Member, scene.MemberDay), week, day);
        var progress = await scene.ProgressAsync();
        reply.Line($"Items done this week: {Weeks.ItemsDone(view, progress, scene.MemberDay, week, day)}");
        WeekLines.Carried(reply, "Unfinished, carried into next week", Weeks.CarriedInto(view, progress, scene.MemberDay, week.AddDays(7)));
        ReplanLines.Offer(reply, ReplanOffer.For(view, progress, scene.MemberDay, day));
        if (view.Extras.ReviewQuestions.Count == 0)
            return reply.Line("How did the week go? See the details with ", Span.Code("/week"), ".").Button("This week", "/week").Build();
        var form = await ReviewForms.LoadAsync(scene.Db, scene.Member.Id, view.Extras.ReviewQuestions, week, scene.CancellationToken);
        reply.Line(Span.Bold("Questions"));
        ReviewForms.Questions(reply, form);
        return reply.Button("Start review", "/review").Build(form);
    }
}
