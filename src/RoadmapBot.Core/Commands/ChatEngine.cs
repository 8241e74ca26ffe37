using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Commands.Plain;
using RoadmapBot.Core.Dashboard;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Diagnostics;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Scheduling;

namespace RoadmapBot.Core.Commands;

/// <summary>The one entry point for every platform: a chat message in, replies out. Never throws for bad input.</summary>
public sealed class ChatEngine(
    IDbContextFactory<RoadmapDbContext> contexts,
    CommandRouter router,
    CommandRateLimiter rateLimiter,
    RoadmapCache roadmaps,
    TimeProvider time,
    IOptions<RoadmapBotOptions> options,
    DatabaseTrouble trouble,
    BotMetrics metrics,
    DashboardLinks links,
    ILogger<ChatEngine> logger)
{
    public const int MaxCommandLength = 4000;
    private const int Attempts = 3;

    public async Task<IReadOnlyList<ChatReply>> HandleAsync(ChatMessage message, CancellationToken cancellationToken = default)
    {
        var started = time.GetTimestamp();
        var line = CommandLine.Parse(message.Text);
        try
        {
            return await HandleCoreAsync(message, line, cancellationToken) is { } reply ? [reply] : [];
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (DatabaseTrouble.Is(e))
        {
            trouble.Report(e, "a command");
            return [ChatReply.Refusal(DatabaseTrouble.AnswerFor(e))];
        }
        catch (Exception e)
        {
            logger.LogError(e, "Command failed: {Platform} space {Space} user {User}", message.Platform, message.SpaceId, message.UserId);
            return [ChatReply.Refusal(Replies.SomethingWentWrong)];
        }
        finally
        {
            // Verbs we know by name, the rest as "unknown" (or "text" for a line that is no command): a label set that stays small.
            var verb = line is null ? "text" : router.Find(line.Verb) is null ? "unknown" : line.Verb;
            metrics.CommandHandled(verb, time.GetElapsedTime(started));
        }
    }

    private async Task<ChatReply?> HandleCoreAsync(ChatMessage message, CommandLine? line, CancellationToken ct)
    {
        IChatCommand? command = null;
        if (Authorship.NotOwn(message) is { } notOwn)
            // No member to act for: said when the message was meant for the bot, and in a group not otherwise.
            return !message.IsGroup || line is not null || message.AddressedToBot ? notOwn : null;
        if (line is null)
        {
            // Plain words are read as logs in a private chat, and in a group only when meant for the bot (a reply or a mention).
            if (message.Attachments.Count > 0 || (message.IsGroup && !message.AddressedToBot))
                return message.IsGroup && message.Attachments.Count == 0 ? null : ChatReply.Refusal("Commands start with a slash: try ", Span.Code("/help"), ".");
            (line, command) = PlainPointers.BareCommand(message.Text) is { } verb
                ? (new CommandLine(verb, ""), router.Find(verb))
                : (new CommandLine("", message.Text.Trim()), new PlainCommand(router));
        }
        if (line.Verb != "import" && message.Text.Length > MaxCommandLength)
            return ChatReply.Refusal($"That message is too long for me: I read up to {MaxCommandLength:N0} characters" + (line.Verb.Length == 0 ? " (a roadmap goes with /import)." : "."));
        switch (rateLimiter.Check(message.Platform, message.UserId))
        {
            case RateDecision.Limited:
                return ChatReply.Refusal(Replies.SlowDown);
            case RateDecision.Silenced:
                return null;
        }
        command ??= router.Find(line.Verb);
        if (command is null)
            return Unknown(line.Verb);
        if (message.ButtonFor is { } owner && owner != message.UserId)
            return await NotYoursAsync(message, owner, ct);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (await RunAsync(command, message, line, ct) is not { } reply)
                    return null;
                // A reply in a group is the asker's: its buttons act for them alone (a press by anyone else is refused above).
                return message.IsGroup ? reply.MadeFor(message.UserId) : reply;
            }
            catch (DbUpdateException e) when (attempt < Attempts && !DatabaseTrouble.Is(e))
            {
                // Another member's command won a race for the same row; run again on fresh data.
                logger.LogDebug(e, "Retrying /{Verb} after a conflicting write", line.Verb);
            }
        }
    }

    /// <summary>Whether a command delivered with <paramref name="deliveryKey"/> already ran (a platform that cannot be asked to wait checks first).</summary>
    public async Task<bool> HandledBeforeAsync(string deliveryKey, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.HandledUpdates.AnyAsync(h => h.Key == deliveryKey, ct);
    }

    /// <summary>Null when the platform delivered this message before and its command already ran.</summary>
    private async Task<ChatReply?> RunAsync(IChatCommand command, ChatMessage message, CommandLine line, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        // One connection for the whole command: EF would otherwise take one from the pool, with its PRAGMA, for every query.
        await db.Database.OpenConnectionAsync(ct);
        var now = time.GetUtcNow();
        var sender = await MemberDirectory.EnsureAsync(db, message, now, ct);
        var (space, member, roadmap) = sender;
        HandledUpdate? handled = null;
        if (message.DeliveryKey is { } key)
        {
            // The member's read answered this for a space it found; a new space asks.
            if (sender.Handled ?? await db.HandledUpdates.AnyAsync(h => h.Key == key, ct))
            {
                logger.LogInformation("Skipped {Key}: its command already ran (the platform sent it again)", key);
                return null;
            }
            // Added now, so the command's first save stores it in the same transaction as the command's effect.
            db.HandledUpdates.Add(handled = new HandledUpdate { Key = key, At = now });
        }
        var context = new CommandContext
        {
            Db = db, Message = message, Space = space, Member = member, Command = line, Now = now, Roadmaps = roadmaps, RoadmapStamp = roadmap,
            PlanShifted = sender.PlanShifted,
            Zone = TimeZones.Resolve(member.TimeZone, space.TimeZone, options.Value.DefaultTimeZone), CancellationToken = ct,
            DefaultTimeZone = options.Value.DefaultTimeZone, FreezesPerMonth = options.Value.FreezesPerMonth,
            DayStart = MemberDay.StartOf(member),
            Links = links,
        };
        var reply = await command.ExecuteAsync(context);
        if (handled is not null && db.Entry(handled).State == EntityState.Added)
            await RecordAsync(handled, ct);
        return reply;
    }

    /// <summary>For a command that saved nothing: recorded on its own, leaving anything the command left unsaved unsaved.</summary>
    private async Task RecordAsync(HandledUpdate handled, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.HandledUpdates.Add(new HandledUpdate { Key = handled.Key, At = handled.At });
        await db.SaveChangesAsync(ct);
    }

    private async Task<ChatReply> NotYoursAsync(ChatMessage message, string owner, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var name = await MemberDirectory.NameAsync(db, message with { UserId = owner }, ct);
        return ChatReply.Text($"This button is for {name ?? "another member"}.") with { Toast = true };
    }

    private static ChatReply Unknown(string verb)
    {
        var close = Fuzzy.Closest(verb, CommandCatalog.All.Select(c => c.Verb), 1);
        return close.Count == 1
            ? ChatReply.Refusal($"I don't know /{Echo.Cut(verb)}. Did you mean ", Span.Code("/" + close[0]), "? Send ", Span.Code("/help"), " for all commands.")
            : ChatReply.Refusal($"I don't know /{Echo.Cut(verb)}. Send ", Span.Code("/help"), " for the commands.");
    }
}
