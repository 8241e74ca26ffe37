namespace RoadmapBot.Discord.Client.Gateway;

/// <summary>Exponential back-off with full jitter (spec §1.4): uniform in [0, min(cap, base·2^(failures−1))], none before the first failure.</summary>
internal static class ReconnectBackoff
{
    /// <param name="jitter">A uniform draw in [0, 1).</param>
    public static TimeSpan Delay(int failures, TimeSpan @base, TimeSpan cap, double jitter)
    {
        if (failures <= 0) return TimeSpan.Zero;
        var ceiling = Math.Min(cap.TotalMilliseconds, @base.TotalMilliseconds * Math.Pow(2, Math.Min(failures - 1, 30)));
        return TimeSpan.FromMilliseconds(ceiling * jitter);
    }
}
