using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Diagnostics;
using RoadmapBot.Core.Reminders;
using RoadmapBot.Core.Reminders.Pacing;
using RoadmapBot.Telegram.Polling;
using RoadmapBot.Telegram.Reminders;
using RoadmapBot.Telegram.Sending;
using RoadmapBot.Telegram.Updates;
using RoadmapBot.Telegram.Webhook;
using Telegram.Bot;

namespace RoadmapBot.Telegram;

public static class TelegramServiceCollectionExtensions
{
    /// <summary>The Telegram adapter: options from "RoadmapBot:Telegram", the Bot API client, long polling or a webhook's inbox reader, and the reminder sender.</summary>
    public static IServiceCollection AddTelegram(this IServiceCollection services)
    {
        services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>();
        // Every Bot API URL contains the token: request logging must stay off.
        services.AddLogging(b => b.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning));
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<ITelegramBotClient>(sp =>
        {
            var o = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
            // RetryThreshold 0: a 429 comes back to us at once, so neither polling nor a reminder job stalls inside the client.
            var client = new TelegramBotClientOptions(o.Token, string.IsNullOrWhiteSpace(o.ApiBaseUrl) ? null : o.ApiBaseUrl) { RetryThreshold = 0 };
            return new TelegramBotClient(client, new HttpClient { Timeout = TimeSpan.FromSeconds(o.PollTimeoutSeconds + 30) });
        });
        services.AddSingleton<TelegramIdentity>();
        services.AddSingleton<GroupAdmins>();
        services.AddSingleton<TelegramRetry>();
        services.AddSingleton<TelegramChatQueue>();
        services.AddSingleton<TelegramReplies>();
        services.AddSingleton<MessageTranslator>();
        services.AddSingleton<UpdateCursor>();
        services.AddSingleton<CommandMenu>();
        services.AddScoped<TelegramUpdateHandler>();
        services.AddSingleton<InboxSignal>();
        services.AddSingleton<WebhookSecret>();
        services.AddSingleton<TelegramInboxReader>();
        services.AddHostedService<TelegramPollingService>();
        services.AddSingleton<TelegramConnection>();
        services.AddSingleton<IPlatformConnection>(sp => sp.GetRequiredService<TelegramConnection>());

        services.AddSingleton<TelegramChatMoves>();
        services.AddSingleton<TelegramReminderSender>();
        services.AddSingleton<IReminderSender>(sp => new PacedReminderSender(
            sp.GetRequiredService<TelegramReminderSender>(), TelegramPacing.Limits, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<BotMetrics>()));
        return services;
    }
}
