namespace RoadmapBot.Core.Chat;

[Flags]
public enum SpanStyle { None = 0, Bold = 1, Italic = 2, Code = 4 }

/// <summary>A run of text with one style; a link when <see cref="Url"/> is set. Text can never ping anyone.</summary>
public sealed record Span(string Text, SpanStyle Style = SpanStyle.None, string? Url = null)
{
    public string Text { get; } = Mentions.Defuse(Text);

    public static Span Bold(string text) => new(text, SpanStyle.Bold);
    public static Span Italic(string text) => new(text, SpanStyle.Italic);
    public static Span Code(string text) => new(text, SpanStyle.Code);
    public static Span Link(string text, string url) => new(text, SpanStyle.None, url);

    public static implicit operator Span(string text) => new(text);
}
