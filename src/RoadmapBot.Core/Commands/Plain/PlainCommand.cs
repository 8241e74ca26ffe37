using RoadmapBot.Core.Chat;

namespace RoadmapBot.Core.Commands.Plain;

/// <summary>A message without a slash: read as logs; certain → applied at once with /undo offered, uncertain → asked with buttons.</summary>
public sealed class PlainCommand(CommandRouter router) : IChatCommand
{
    public static ChatReply NotALog { get; } = ChatReply.Text(
        "Nothing to log in that. Tell me what you did, e.g. “did 4 sql problems” or “t5 done”; ", Span.Code("/help"), " lists the commands.");

    public static ChatReply Unclear { get; } = ChatReply.Text(
        "I didn't catch that. Try “did 4 sql problems and 2h on the project”, “t5 done” or “blocked on t12: no AWS account”.");

    public static ChatReply OverAPeriod { get; } = ChatReply.Text(
        "I keep logs one day at a time: say which day (“did 4 sql problems on monday”) or send ", Span.Code("/log METRIC AMOUNT DATE"), ".");

    public async Task<ChatReply> ExecuteAsync(CommandContext context)
    {
        if (await context.LoadRoadmapAsync() is not { } view)
            return ChatReply.Text("Commands start with a slash: try ", Span.Code("/help"), ".");
        var reading = PlainReader.Read(context.Message.Text, PlainVocabulary.Of(view), context.Today);
        if (reading.SpansDays)
            return OverAPeriod;
        if (reading.Actions.Count == 0)
            return reading.LooksLikeLog ? Unclear : PlainPointers.Answer(context.Message.Text) ?? NotALog;
        var actions = reading.Actions.Select(a => a.Command).ToList();
        if (reading.Certain)
            return await PlainApply.RunAsync(context, router, actions);
        await KeepAsync(context, actions);
        var reply = new ReplyBuilder().Line("Did you mean:");
        foreach (var action in actions)
            reply.Bullet(Span.Code(action));
        reply.Line(actions.Count == 1 ? "Tap ✅ Yes (or send /yes) to apply it." : "Tap ✅ Yes (or send /yes) to apply them all, or tap one.");
        reply.Button("✅ Yes", "/yes");
        if (actions.Count > 1)
            foreach (var action in actions.Take(6))
                reply.Button(action.Length > 30 ? action[..29] + "…" : action, action);
        return reply.Build();
    }

    /// <summary>Keeps the actions for /yes; a newer reading replaces an older one.</summary>
    public static async Task KeepAsync(CommandContext context, IReadOnlyList<string>? actions)
    {
        var pending = PlainPending.Parse(context.Member.Settings);
        context.Member.Settings = (pending with { PendingActions = actions?.ToList(), PendingSince = actions is null ? null : context.Now }).ToJson();
        await context.SaveAsync();
    }
}
