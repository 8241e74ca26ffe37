using RoadmapBot.Core.Data;
using RoadmapBot.Core.Reminders;

namespace RoadmapBot.Benchmarks.FanOut.Faults;

/// <summary>
/// The fault run's figures: rows in doubt per kill (at most the sends in flight, each logged, each resent marked late),
/// and outside them no duplicate and nothing missing, counted from everything the platform received.
/// </summary>
public sealed record FaultReport(List<OutboxEntry> Expected, IReadOnlyList<FaultPlatform.Received> Received, FaultRun Run)
{
    public static async Task<FaultReport> ReadAsync(string database, IReadOnlyList<FaultPlatform.Received> received, FaultRun run) =>
        new(await FaultDatabase.KickoffsAsync(database), received, run);

    private Dictionary<string, int> Times => Received.CountBy(r => r.Key).ToDictionary();
    public HashSet<string> InDoubt => [.. Run.Kills.SelectMany(k => k.InDoubt)];
    public int MaxInDoubtPerKill => Run.Kills.Count == 0 ? 0 : Run.Kills.Max(k => k.InDoubt.Count);

    public int DuplicatesOutsideInDoubt => Times.Where(t => !InDoubt.Contains(t.Key)).Sum(t => t.Value - 1);
    public int MissingOutsideInDoubt => Expected.Count(e => !InDoubt.Contains(e.Key) && !Times.ContainsKey(e.Key));
    public int InDoubtReceivedTwice => InDoubt.Count(k => Times.GetValueOrDefault(k) == 2);
    public int InDoubtReceivedOnce => InDoubt.Count(k => Times.GetValueOrDefault(k) == 1);
    public int InDoubtNeverReceived => InDoubt.Count(k => !Times.ContainsKey(k));
    public int InDoubtReceivedMore => InDoubt.Count(k => Times.GetValueOrDefault(k) > 2);
    public int InDoubtLogged => InDoubt.Count(k => Output.Any(line => line.Contains("IN DOUBT", StringComparison.Ordinal) && line.Contains($"key={k} ", StringComparison.Ordinal)));
    public int InDoubtResentLate => Expected.Count(e => InDoubt.Contains(e.Key) && e.State == OutboxState.Sent && e.Late);
    public int NotSent => Expected.Count(e => e.State != OutboxState.Sent);

    private List<string> Output
    {
        get { lock (Run.Output) return [.. Run.Output]; }
    }

    public bool Holds => Run.LastExitCode == 0 && Expected.Count > 0 && MaxInDoubtPerKill <= OutboxDelivery.InFlight
        && DuplicatesOutsideInDoubt == 0 && MissingOutsideInDoubt == 0 && InDoubtNeverReceived == 0 && InDoubtReceivedMore == 0
        && InDoubtLogged == InDoubt.Count && InDoubtResentLate == InDoubt.Count && NotSent == 0;

    public void Print(TextWriter o)
    {
        o.WriteLine($"Kickoffs due at 08:00        {Expected.Count:N0}  outbox: {string.Join(", ", Expected.CountBy(e => e.State).OrderBy(s => s.Key).Select(s => $"{s.Key} {s.Value:N0}"))}");
        o.WriteLine($"Received by the platform     {Received.Count:N0} messages, {Times.Count:N0} different rows");
        o.WriteLine($"Kills (SIGKILL)              {Run.Kills.Count}: in doubt {string.Join(", ", Run.Kills.Select(k => $"{k.InDoubt.Count} (at {k.ReceivedBefore:N0} received)"))}; at most {OutboxDelivery.InFlight} in flight");
        o.WriteLine($"In doubt                     {InDoubt.Count}: logged {InDoubtLogged}, resent and marked late {InDoubtResentLate}; " +
            $"the platform had {InDoubtReceivedTwice} already (received twice), {InDoubtReceivedOnce} once, {InDoubtNeverReceived} never, {InDoubtReceivedMore} more than twice");
        o.WriteLine($"Duplicates outside in doubt  {DuplicatesOutsideInDoubt}");
        o.WriteLine($"Missing outside in doubt     {MissingOutsideInDoubt}");
        o.WriteLine($"Last sender's exit code      {Run.LastExitCode}; wall time {Run.WallTime.TotalSeconds:N0} s");
        o.WriteLine(Holds ? "Holds: yes" : "Holds: NO");
    }
}
