using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Diagnostics;
using RoadmapBot.Core.Import;
using RoadmapBot.Core.Reminders;
using RoadmapBot.Core.Reminders.Pacing;
using RoadmapBot.Discord.Client;
using RoadmapBot.Discord.Client.Interactions;
using RoadmapBot.Discord.Client.Rest;
using RoadmapBot.Discord.Commands;
using RoadmapBot.Discord.Gateway;
using RoadmapBot.Discord.Interactions;
using RoadmapBot.Discord.Reminders;
using RoadmapBot.Discord.Rendering;

namespace RoadmapBot.Discord;

public static class DiscordServiceCollectionExtensions
{
    /// <summary>The Discord adapter: options from "RoadmapBot:Discord", command registration, the interaction loop and the reminder sender.</summary>
    public static IServiceCollection AddDiscord(this IServiceCollection services)
    {
        services.AddOptions<DiscordOptions>().BindConfiguration(DiscordOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddDiscordClient(sp =>
        {
            var o = sp.GetRequiredService<IOptions<DiscordOptions>>().Value;
            return new DiscordClientOptions
            {
                Token = o.Token,
                ApiBaseUrl = o.ApiBaseUrl,
                ShardId = o.ShardId,
                ShardCount = o.Shards,
                Intents = o.Intents,
                // Beside the database: the IDENTIFY budget must survive restarts of this bot, not of the machine.
                IdentifyLogPath = Path.Combine(sp.GetRequiredService<IOptions<RoadmapBotOptions>>().Value.DataFolder, "discord-identify.log"),
                DeferEphemeral = Visibility.IsEphemeral,
                // Only a file the translator will fetch: a refusal by name or size still answers at once, privately.
                DeferAtOnce = i => i.Attachments.Values.Any(a => RoadmapUpload.Refusal(a.FileName, a.Size) is null),
                OnTooManyRequests = () => sp.GetRequiredService<BotMetrics>().PlatformRateLimited(ChatPlatform.Discord),
            };
        });

        // Without a public key nothing is mapped for it and it stays empty: no signature can pass.
        services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<DiscordOptions>>().Value;
            return new HttpInteractions(o.HttpInteractions ? new InteractionSignature(o.PublicKey!) : null, sp.GetRequiredService<IDiscordRest>(),
                sp.GetRequiredService<DiscordClientOptions>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<HttpInteractions>>());
        });
        services.AddSingleton<CommandRegistrar>();
        services.AddSingleton<DiscordGuilds>();
        services.AddSingleton<InteractionTranslator>();
        services.AddSingleton<MessageIntake>();
        services.AddScoped<CommandInteractions>();
        services.AddScoped<ButtonInteractions>();
        services.AddScoped<ReviewFormFlow>();
        services.AddScoped<InteractionHandler>();
        services.AddHostedService<DiscordBotService>();
        services.AddSingleton<IPlatformConnection, DiscordConnection>();

        services.AddSingleton<DiscordReminderSender>();
        services.AddSingleton<IReminderSender>(sp => new PacedReminderSender(
            sp.GetRequiredService<DiscordReminderSender>(), DiscordPacing.Limits, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<BotMetrics>()));
        return services;
    }
}
