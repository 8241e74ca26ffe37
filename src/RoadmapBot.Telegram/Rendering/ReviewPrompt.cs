using System.Text.RegularExpressions;
using RoadmapBot.Core.Chat;

namespace RoadmapBot.Telegram.Rendering;

/// <summary>A review question sent as a ForceReply prompt; a reply to it becomes "/review N answer".</summary>
public static partial class ReviewPrompt
{
    public static string Text(ReviewQuestion question) =>
        $"Review question {question.Number}: {TelegramHtml.Escape(question.Text)}\n<i>Reply to this message with your answer.</i>";

    /// <summary>The question number of a prompt, from the text the member replied to; null for any other message.</summary>
    public static int? Number(string? promptText) =>
        promptText is not null && Pattern().Match(promptText) is { Success: true } m && int.TryParse(m.Groups[1].Value, out var n) ? n : null;

    public static ReviewQuestion? FirstOpen(ReviewForm form) => form.Questions.FirstOrDefault(q => q.Answer is null);

    [GeneratedRegex(@"^Review question (\d{1,2}):")]
    private static partial Regex Pattern();
}
