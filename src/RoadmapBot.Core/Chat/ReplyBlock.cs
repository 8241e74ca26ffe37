namespace RoadmapBot.Core.Chat;

/// <summary>A block of a reply: a line of spans, or a bullet list of such lines.</summary>
public abstract record ReplyBlock;

public sealed record Paragraph(IReadOnlyList<Span> Spans) : ReplyBlock;

public sealed record BulletList(IReadOnlyList<IReadOnlyList<Span>> Items) : ReplyBlock;
