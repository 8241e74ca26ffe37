using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Scheduling;

namespace RoadmapBot.Core.Commands;

/// <summary>
/// /remind lists the schedules; /remind KIND HH:MM [days], /remind KIND off|on and /remind to dm|here change them.
/// In a group, digest and review are the group's own and only admins change them.
/// </summary>
public sealed class RemindCommand : IChatCommand
{
    public async Task<ChatReply> ExecuteAsync(CommandContext context)
    {
        var words = context.Words.Select(w => w.ToLowerInvariant()).ToArray();
        if (words.Length == 0)
            return await RemindOverview.BuildAsync(context);
        if (words[0] == "to")
            return await DeliverAsync(context, words);
        if (ReminderNames.Parse(words[0]) is not { } kind)
        {
            var close = Fuzzy.Closest(words[0], ReminderNames.Kinds, 1);
            return ChatReply.Text($"{Echo.Quote(words[0])} is no reminder" + (close is [var c] ? $"; did you mean {c}?" : ".") + $" The kinds are {string.Join(", ", ReminderNames.Kinds)}.");
        }
        if (words.Length == 1)
            return Replies.Usage("remind");
        var name = ReminderNames.Show(kind);
        if (kind == ReminderKind.Digest && !context.Space.IsGroup)
            return ChatReply.Text("The digest is a group's weekly summary; in a private chat, see /progress and /week.");
        var group = kind == ReminderKind.Digest || kind == ReminderKind.Review && context.Space.IsGroup;
        if (group && !context.IsAdmin)
            return Replies.AdminsOnly(context, $"change the group's {name}");
        if (kind == ReminderKind.Agenda && words[1..] is not (["on"] or ["off"]))
            return ChatReply.Text("Agenda reminders come at each slot's own time; switch them with /remind agenda off or /remind agenda on.");
        var current = (group
            ? SpaceReminderSettings.Parse(context.Space.Settings).Schedules
            : ReminderSettings.Parse(context.Member.Settings).Schedules).GetValueOrDefault(kind) ?? ReminderDefaults.For(kind);
        if (Change(current, words[1..]) is not { } setting)
            return ChatReply.Text($"I can't read {Echo.Quote(string.Join(' ', words[1..]))}. " + Example(kind));
        if (group)
            await ReminderSettingsWriter.SaveGroupAsync(context, s => s with { Schedules = new(s.Schedules) { [kind] = setting } });
        else
            await ReminderSettingsWriter.SaveAsync(context, s => s with { Schedules = new(s.Schedules) { [kind] = setting } });
        return await DescribeAsync(context, kind, setting, group);
    }

    /// <summary>"off", "on", or a time and/or days in any order; null when a word is neither.</summary>
    private static ScheduleSetting? Change(ScheduleSetting current, string[] words)
    {
        if (words is ["off"]) return current with { Enabled = false };
        if (words is ["on"]) return current with { Enabled = true };
        TimeOnly? at = null;
        List<DayOfWeek>? days = null;
        foreach (var word in ScheduleWords.JoinMeridiem(words.Where(w => w is not ("at" or "on" or "every"))))
        {
            if (ScheduleWords.Time(word) is { } t && at is null)
                at = t;
            else if (ScheduleWords.Days(word) is { } d)
                days = [.. days ?? [], .. d.Where(x => days?.Contains(x) != true)];
            else
                return null;
        }
        return at is null && days is null ? null : new ScheduleSetting(at ?? current.At, days ?? current.Days, Enabled: true);
    }

    private static string Example(ReminderKind kind) => kind switch
    {
        ReminderKind.Digest => "Use /remind digest mon 09:00, or /remind digest off.",
        ReminderKind.Review => "Use /remind review sun 18:00, or /remind review off.",
        _ => $"Use /remind {ReminderPlanner.Name(kind)} 07:15 [daily|weekdays|weekends|mon,wed,fri], or /remind {ReminderPlanner.Name(kind)} off.",
    };

    private static async Task<ChatReply> DescribeAsync(CommandContext context, ReminderKind kind, ScheduleSetting setting, bool group)
    {
        var name = ReminderNames.Show(kind);
        var subject = group ? $"The group's {name}" : $"Your {name}";
        if (!setting.Enabled)
            return ChatReply.Text($"{subject} is off. Switch it back on with /remind {ReminderPlanner.Name(kind)} on.");
        if (kind == ReminderKind.Agenda)
            return ChatReply.Text($"{subject} reminders are on: each dated slot, at its start.");
        var settings = ReminderSettings.Parse(context.Member.Settings);
        var zone = group ? context.ZoneOf(null) : context.Zone;
        var quiet = group ? [] : settings.Quiet ?? await BusyWindowsAsync(context);
        var next = NextReminder.Of(setting, zone, quiet, group ? null : settings.PausedUntil, context.Now);
        return ChatReply.Text($"{subject}: {ScheduleWords.Describe(setting)} ({zone.Id}).",
            next is { } n ? $" Next: {ReminderNames.When(n, zone)}." : "");
    }

    public static async Task<IReadOnlyList<Roadmaps.BusyWindow>> BusyWindowsAsync(CommandContext context)
    {
        var extras = await context.Db.Roadmaps.AsNoTracking().Where(r => r.SpaceId == context.Space.Id).Select(r => r.Extras)
            .FirstOrDefaultAsync(context.CancellationToken);
        return extras is null ? [] : RoadmapExtras.Parse(extras).BusyWindows;
    }

    private static async Task<ChatReply> DeliverAsync(CommandContext context, string[] words)
    {
        if (words is not ["to", "dm" or "here" or "private" or "group"])
            return ChatReply.Text("Use /remind to dm (your private chat with me) or /remind to here (this group).");
        if (!context.Space.IsGroup)
            return ChatReply.Text("In a private chat your reminders always come here.");
        var here = words[1] is "here" or "group";
        var topic = here ? context.Message.Topic : null;
        await ReminderSettingsWriter.SaveAsync(context, s => s with { DeliverHere = here, HereTopic = topic }, schedule: false);
        return ChatReply.Text(here
            ? topic is null ? "Your personal reminders now come here, in the group." : "Your personal reminders now come here, in this topic."
            : "Your personal reminders now come to our private chat. Send me /start there once, so I can write to you.");
    }
}
