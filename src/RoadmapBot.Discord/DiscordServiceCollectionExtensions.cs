using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RoadmapBot.Core.Reminders;
using RoadmapBot.Core.Reminders.Pacing;
using RoadmapBot.Discord.Commands;
using RoadmapBot.Discord.Gateway;
using RoadmapBot.Discord.Interactions;
using RoadmapBot.Discord.Reminders;

namespace RoadmapBot.Discord;

public static class DiscordServiceCollectionExtensions
{
    /// <summary>The Discord adapter: options from "RoadmapBot:Discord", command registration, the interaction loop and the reminder sender.</summary>
    public static IServiceCollection AddDiscord(this IServiceCollection services)
    {
        services.AddOptions<DiscordOptions>().BindConfiguration(DiscordOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<CommandRegistrar>();
        services.AddSingleton<InteractionTranslator>();
        services.AddScoped<InteractionHandler>();
        services.AddHostedService<DiscordBotService>();

        services.AddSingleton<DiscordReminderSender>();
        services.AddSingleton<IReminderSender>(sp => new PacedReminderSender(
            sp.GetRequiredService<DiscordReminderSender>(), PacingLimits.Discord, sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
