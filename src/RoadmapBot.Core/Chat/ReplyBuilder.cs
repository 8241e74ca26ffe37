namespace RoadmapBot.Core.Chat;

/// <summary>Builds a <see cref="ChatReply"/> line by line.</summary>
public sealed class ReplyBuilder
{
    private readonly List<ReplyBlock> _blocks = [];
    private readonly List<ChatButton> _buttons = [];
    private List<IReadOnlyList<Span>>? _bullets;

    public ReplyBuilder Line(params Span[] spans)
    {
        _bullets = null;
        _blocks.Add(new Paragraph(spans));
        return this;
    }

    public ReplyBuilder Bullet(params Span[] spans)
    {
        if (_bullets is null)
        {
            _bullets = [];
            _blocks.Add(new BulletList(_bullets));
        }
        _bullets.Add(spans);
        return this;
    }

    public ReplyBuilder Button(string label, string command)
    {
        _buttons.Add(new ChatButton(label, command));
        return this;
    }

    /// <summary>Adds the lines and buttons another builder wrote (a part written apart, e.g. a reminder's buddy lines).</summary>
    public ReplyBuilder Append(ReplyBuilder part)
    {
        _bullets = null;
        _blocks.AddRange(part._blocks);
        _buttons.AddRange(part._buttons);
        return this;
    }

    public bool IsEmpty => _blocks.Count == 0;

    public ChatReply Build(ReviewForm? form = null) => new(_blocks.ToArray()) { Buttons = _buttons.ToArray(), Form = form };
}
