using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Scheduling;

namespace RoadmapBot.Core.Commands;

public sealed record TimeZoneBefore(string? Zone);

/// <summary>/timezone Area/City: the member's own zone, which decides "today", streaks and reminders.</summary>
public sealed class TimeZoneCommand : IChatCommand
{
    public async Task<ChatReply> ExecuteAsync(CommandContext context)
    {
        if (context.Arguments.Length == 0)
            return ChatReply.Text("Your time zone is ", Span.Code(context.Zone.Id), $" (it is {Local(context):ddd HH:mm} for you). Change it with /timezone Area/City, e.g. /timezone Europe/Berlin.");
        if (TimeZones.IsOffset(context.Arguments))
            return ChatReply.Text($"{Echo.Quote(context.Arguments)} is an offset, and offsets do not follow daylight saving: send your city instead, e.g. /timezone Berlin or /timezone America/New_York.");
        if (TimeZones.FindTyped(context.Arguments) is not { } zone)
            return ChatReply.Text($"I don't know the time zone {Echo.Quote(context.Arguments)}. Use an IANA name such as Europe/Berlin, America/New_York or Asia/Kolkata, or its city.");
        var before = new TimeZoneBefore(context.Member.TimeZone);
        context.Member.TimeZone = zone.Id;
        context.Audit(AuditKind.TimeZone, before);
        await context.SaveAsync();
        var local = TimeZoneInfo.ConvertTime(context.Now, zone);
        var reply = new ReplyBuilder().Line("Time zone set to ", Span.Code(zone.Id), $". It is {local:ddd HH:mm} there; your days now start at midnight in that zone.");
        // "EST" is UTC−5 all year, while New York's clocks move in summer: an abbreviation is seldom what the member lives by.
        if (!zone.Id.Contains('/') && zone.BaseUtcOffset != TimeSpan.Zero && !zone.SupportsDaylightSavingTime)
            reply.Line($"{zone.Id} stays at UTC{(zone.BaseUtcOffset < TimeSpan.Zero ? "−" : "+")}{zone.BaseUtcOffset.Duration():hh\\:mm} all year; if your clocks change in summer, send your city instead, e.g. /timezone New York.");
        return reply.Build();
    }

    private static DateTimeOffset Local(CommandContext context) => TimeZoneInfo.ConvertTime(context.Now, context.Zone);
}
