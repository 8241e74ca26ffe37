using Markdig.Syntax;

namespace RoadmapBot.Core.Import;

/// <summary>
/// Blocks and drafts as keys by identity, hashed by where they start in the text: an object's own identity hash writes its
/// header the first time it is asked, which was a measurable share of an import (issue 14). Equal only to itself.
/// </summary>
internal sealed class SameObject : IEqualityComparer<Block>, IEqualityComparer<HeadingBlock>, IEqualityComparer<ItemDraft>, IEqualityComparer<object>
{
    public static readonly SameObject Comparer = new();

    public bool Equals(Block? x, Block? y) => ReferenceEquals(x, y);
    public bool Equals(HeadingBlock? x, HeadingBlock? y) => ReferenceEquals(x, y);
    public bool Equals(ItemDraft? x, ItemDraft? y) => ReferenceEquals(x, y);
    bool IEqualityComparer<object>.Equals(object? x, object? y) => ReferenceEquals(x, y);

    public int GetHashCode(Block block) => block.Span.Start;
    public int GetHashCode(HeadingBlock heading) => heading.Span.Start;
    public int GetHashCode(ItemDraft item) => item.Line;
    public int GetHashCode(object value) => value switch
    {
        Block block => block.Span.Start,
        ItemDraft item => item.Line,
        PhaseDraft phase => phase.Line,
        _ => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(value),
    };
}
