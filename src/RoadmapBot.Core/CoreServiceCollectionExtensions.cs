using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RoadmapBot.Core.Commands;
using RoadmapBot.Core.Dashboard;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Diagnostics;
using RoadmapBot.Core.Groups;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Reminders;
using RoadmapBot.Core.Verification;

namespace RoadmapBot.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>
    /// Storage, the chat engine and the reminder scheduler's Core half. Options bind from the "RoadmapBot" section (needs an IConfiguration
    /// registered, as every Generic Host has); <paramref name="configure"/> applies on top (e.g. <c>--db</c>).
    /// Call <see cref="DatabaseInitializer.InitializeAsync"/> once at start-up.
    /// </summary>
    public static IServiceCollection AddRoadmapCore(this IServiceCollection services, Action<RoadmapBotOptions>? configure = null)
    {
        services.AddOptions<RoadmapBotOptions>()
            .BindConfiguration(RoadmapBotOptions.Section)
            .Configure(o => configure?.Invoke(o))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<RoadmapBotOptions>, RoadmapBotOptionsValidator>();
        services.AddSingleton<IValidateOptions<RoadmapBotOptions>, DefaultTimeZoneValidator>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddPooledDbContextFactory<RoadmapDbContext>((sp, db) =>
            RoadmapDatabase.Configure(db, sp.GetRequiredService<IOptions<RoadmapBotOptions>>().Value));
        services.AddSingleton<DatabaseInitializer>();
        services.AddSingleton<DatabaseTrouble>();
        services.AddSingleton<UpdateInbox>();
        services.AddSingleton<SharedSecrets>();
        services.AddSingleton<BotMetrics>();
        services.AddSingleton<GroupLife>();

        // Habits that check themselves: GitHub's public events, behind the one source interface.
        services.AddOptions<GitHubOptions>().BindConfiguration(GitHubOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<GitHubOptions>, GitHubOptionsValidator>();
        services.AddSingleton<RateBudget>();
        services.AddSingleton<IActivitySource>(sp => ActivatorUtilities.CreateInstance<GitHubEvents>(sp, new HttpClient { Timeout = TimeSpan.FromSeconds(10) }));
        services.AddSingleton<HabitVerifier>();

        services.AddSingleton<CommandRateLimiter>();
        services.AddSingleton<RoadmapCache>();
        services.AddSingleton<DataRetention>();
        services.AddSingleton<CommandRouter>();
        services.AddSingleton<ChatEngine>();
        services.AddSingleton<Suggestions>();

        // Signed links to the web dashboard and calendar feed (the host serves the pages and may know a local address).
        services.AddOptions<DashboardOptions>().BindConfiguration(DashboardOptions.Section);
        services.TryAddSingleton<IDashboardAddress, ConfiguredDashboardAddress>();
        services.AddSingleton<DashboardLinks>();

        // Reminders: what each one says, deciding and recording occurrences, and handing them to the platforms' senders.
        services.AddSingleton<IReminderContent, ReminderMessages>();
        services.AddSingleton<ReminderLease>();
        services.AddSingleton<OutboxDelivery>();
        services.AddSingleton<ReminderDispatcher>();
        services.AddSingleton<ReminderLoop>();
        return services;
    }
}
