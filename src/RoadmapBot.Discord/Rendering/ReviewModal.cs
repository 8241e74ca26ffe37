using System.Globalization;
using RoadmapBot.Core.Chat;
using RoadmapBot.Discord.Client.Models;
using RoadmapBot.Discord.Interactions;

namespace RoadmapBot.Discord.Rendering;

/// <summary>The weekly review as modals of at most five questions, each input prefilled with the answer so far.</summary>
public static class ReviewModal
{
    public const int PerPage = 5;
    public const int MaxLabel = 45;
    private const int MaxAnswer = 2000;
    private const string InputPrefix = "q";

    public static int Pages(ReviewForm form) => (form.Questions.Count + PerPage - 1) / PerPage;

    public static Modal Build(ReviewForm form, int page)
    {
        var title = Pages(form) > 1 ? $"Weekly review ({page + 1}/{Pages(form)})" : "Weekly review";
        var inputs = form.Questions.Skip(page * PerPage).Take(PerPage)
            .Select(q => new TextInput(InputId(q.Number), Fit($"{q.Number}. {q.Text}"), Value: q.Answer, MaxLength: MaxAnswer))
            .ToList();
        return new Modal(CustomIds.ForReviewPage(page), title, inputs);
    }

    /// <summary>The answers a submitted modal changed, as (question number, text); cleared inputs are left as they were.</summary>
    public static IReadOnlyList<(int Number, string Answer)> Changed(ReviewForm form, IReadOnlyDictionary<string, string> values) => form.Questions
        .Select(q => (q.Number, Answer: values.GetValueOrDefault(InputId(q.Number))?.Trim() ?? "", Before: q.Answer))
        .Where(a => a.Answer.Length > 0 && a.Answer != a.Before)
        .Select(a => (a.Number, a.Answer))
        .ToList();

    private static string InputId(int number) => InputPrefix + number.ToString(CultureInfo.InvariantCulture);

    private static string Fit(string label) => label.Length <= MaxLabel ? label : label[..(MaxLabel - 1)] + "…";
}
