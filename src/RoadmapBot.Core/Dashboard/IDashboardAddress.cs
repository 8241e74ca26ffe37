namespace RoadmapBot.Core.Dashboard;

/// <summary>Where members open the bot's web pages; null when no address is known (then /dashboard says what to set).</summary>
public interface IDashboardAddress
{
    ValueTask<string?> BaseUrlAsync(CancellationToken cancellationToken);
}
