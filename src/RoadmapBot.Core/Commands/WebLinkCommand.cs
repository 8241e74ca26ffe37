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

    /// <summary>The link, or why it is not given here; also the answer to the group's "open the private chat" button.</summary>
    public async Task<ChatReply> LinkAsync(CommandContext context)
    {
        if (!context.Message.IsPrivateAnswer)
            return ChatReply.Text($"Your {What} link is personal, so I send it only in our private chat.")
                with { Buttons = [new ChatButton("Open the private chat", "/" + Verb) { OpensPrivateChat = true }] };
        if (await context.Links.BaseUrlAsync(context.CancellationToken) is not { } baseUrl)
            return ChatReply.Text("The dashboard needs the bot's public address: set ", Span.Code($"{DashboardOptions.Section}:PublicUrl"),
                " (e.g. https://bot.example.org) and restart.");
        var token = await context.Links.TokenAsync(context.Member, kind, context.CancellationToken);
        var url = baseUrl + DashboardLinks.PathOf(kind, context.Member.Id, token);
        return kind == LinkKind.Dashboard ? Dashboard(context, url) : Calendar(url);
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

    private static ChatReply Calendar(string url)
    {
        var webcal = url.StartsWith("https://", StringComparison.Ordinal) ? "webcal://" + url["https://".Length..] : url;
        return new ReplyBuilder()
            .Line("Your calendar feed of due items and agenda slots, in your time zone; it follows the plan as it changes.")
            .Line("Subscribe to it in Google Calendar, Outlook or Apple Calendar: ", Span.Code(url))
            .Line("It stays valid until you send ", Span.Code("/calendar off"), ". Don't share it: it shows your plan.")
            .Build() with { Buttons = [new ChatButton("Subscribe", "/calendar") { Url = webcal }] };
    }

    private async Task<ChatReply> RevokeAsync(CommandContext context)
    {
        context.Member.Settings = LinkSettings.Parse(context.Member.Settings).Revoke(kind).ToJson();
        context.Audit(AuditKind.Connection, null);
        await context.SaveAsync();
        return ChatReply.Text($"Done: every {What} link you were given no longer opens. Send ", Span.Code("/" + Verb), " for a new one.");
    }
}
