namespace RoadmapBot.Core.Chat;

/// <summary>The week's review questions; each is answered by sending <c>/review N answer</c>.</summary>
public sealed record ReviewForm(DateOnly WeekStart, IReadOnlyList<ReviewQuestion> Questions);

public sealed record ReviewQuestion(int Number, string Text, string? Answer);
