using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoadmapBot.Core.Commands;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace RoadmapBot.Telegram.Polling;

/// <summary>The "/" menu in Telegram's input field, for private chats and groups. Failing to set it is only a warning.</summary>
public sealed class CommandMenu(ITelegramBotClient bot, IOptions<TelegramOptions> options, ILogger<CommandMenu> logger)
{
    // Linking only works between private chats, so groups never see it in their menu.
    private static readonly string[] PrivateOnly = ["start", "forget", "link"];

    public async Task RegisterAsync(CancellationToken ct)
    {
        var all = CommandCatalog.All.Select(c => new BotCommand(c.Verb, Describe(c.Summary))).ToList();
        await TrySetAsync(all, BotCommandScope.AllPrivateChats(), ct);
        await TrySetAsync(all.Where(c => !PrivateOnly.Contains(c.Command)).ToList(), BotCommandScope.AllGroupChats(), ct);
    }

    private async Task TrySetAsync(List<BotCommand> commands, BotCommandScope scope, CancellationToken ct)
    {
        try
        {
            await bot.SetMyCommands(commands, scope, cancellationToken: ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogWarning("Telegram: could not register the command menu for {Scope} ({Reason}); commands still work when typed",
                scope.Type, TelegramErrors.Describe(e, options.Value.Token));
        }
    }

    private static string Describe(string description)
    {
        var text = description.Length == 0 ? "-" : char.ToUpperInvariant(description[0]) + description[1..];
        return text.Length <= 256 ? text : text[..255] + "…";
    }
}
