using Microsoft.EntityFrameworkCore;
using System.Globalization;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Dashboard;
using RoadmapBot.Core.Data;

namespace RoadmapBot.Core.Commands;

/// <summary>
/// /dashboard and /calendar: a signed personal link, given only where the member alone sees it; "off" revokes every link of
/// that kind the member was given (not undoable: /undo must not bring a revoked link back).
/// </summary>
public sealed class WebLinkCommand(LinkKind kind) : IChatCommand
{
    private string Verb => kind == LinkKind.Dashboard ? "dashboard" : "calendar";

    public async Task<ChatReply> ExecuteAsync(CommandContext context)
    {
        if (context.Words is ["off"])
            return await RevokeAsync(context);
        return context.Words.Length > 0 ? Replies.Usage(Verb) : await LinkAsync(context);
    }

    /// <summary>
    /// The link, or why it is not given here; also the answer to the group's "open the private chat" button, which names the
    /// group (<paramref name="group"/>, its platform id) so the link opens the group's pages, not the private chat's.
    /// </summary>
    public async Task<ChatReply> LinkAsync(CommandContext context, string? group = null)
    {
        if (!context.Message.IsPrivateAnswer)
            return ChatReply.Text($"Your {What} link is personal, so I send it only in our private chat.")
                with { Buttons = [new ChatButton("Open the private chat", $"/start {Verb}_{context.Space.ExternalId}") { OpensPrivateChat = true }] };
        if (await context.Links.BaseUrlAsync(context.CancellationToken) is not { } baseUrl)
            return ChatReply.Text($"The {What} needs the bot's public address: set ", Span.Code($"{DashboardOptions.Section}:PublicUrl"),
                " (e.g. https://bot.example.org) and restart.");
        var member = context.Member;
        if (group is not null && group != context.Space.ExternalId)
        {
            // Only the sender's own membership of that group: the button's words cannot open anyone else's pages.
            var (platform, user) = (context.Message.Platform, context.Message.UserId);
            member = await context.Db.Members.FirstOrDefaultAsync(
                m => m.UserId == user && context.Db.Spaces.Any(s => s.Id == m.SpaceId && s.Platform == platform && s.ExternalId == group && s.IsGroup),
                context.CancellationToken);
            if (member is null)
                return ChatReply.Text($"I don't know you in that group yet: send /{Verb} there once you have written in it.");
        }
        var token = await context.Links.TokenAsync(member, kind, context.CancellationToken);
        var url = baseUrl + DashboardLinks.PathOf(kind, member.Id, token);
        return kind == LinkKind.Dashboard ? Dashboard(context, url) : Calendar(url);
    }

    /// <summary>The kind and the group in /start's argument ("dashboard", "calendar_-100123"); null for any other argument.</summary>
    public static (LinkKind Kind, string? Group)? FromStart(string argument)
    {
        var at = argument.IndexOf('_');
        var (verb, group) = at > 0 ? (argument[..at], argument[(at + 1)..]) : (argument, null);
        return verb.ToLowerInvariant() switch
        {
            "dashboard" => (LinkKind.Dashboard, group),
            "calendar" => (LinkKind.Calendar, group),
            _ => null,
        };
    }

    private string What => kind == LinkKind.Dashboard ? "dashboard" : "calendar feed";

    private static ChatReply Dashboard(CommandContext context, string url)
    {
        var until = TimeZoneInfo.ConvertTime(context.Now + DashboardLinks.Lifetime, context.Zone).ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture);
        return new ReplyBuilder()
            .Line("Your dashboard: phase board, kanban, calendar, skills, projects, habits.")
            .Line(Span.Link("Open the dashboard", url), $" (personal: don't share it; valid until {until}).")
            .Line("Send ", Span.Code("/dashboard off"), " to close every dashboard link you were given.")
            .Build() with { Buttons = [new ChatButton("Open the dashboard", "/dashboard") { Url = url }] };
    }

    // The button opens the https address: Telegram and Discord refuse a webcal:// button, and the message was then not sent.
    private static ChatReply Calendar(string url) =>
        new ReplyBuilder()
            .Line("Your calendar feed of due items and agenda slots, in your time zone; it follows the plan as it changes.")
            .Line("Subscribe to it in Google Calendar, Outlook or Apple Calendar: ", Span.Code(url))
            .Line("It stays valid until you send ", Span.Code("/calendar off"), ". Don't share it: it shows your plan.")
            .Build() with { Buttons = [new ChatButton("Open the feed", "/calendar") { Url = url }] };

    private async Task<ChatReply> RevokeAsync(CommandContext context)
    {
        context.Member.Settings = LinkSettings.Parse(context.Member.Settings).Revoke(kind).ToJson();
        context.Audit(AuditKind.Connection, null);
        await context.SaveAsync();
        return ChatReply.Text($"Done: every {What} link you were given no longer opens. Send ", Span.Code("/" + Verb), " for a new one.");
    }
}
