namespace RoadmapBot.Host.Tests;

/// <summary>
/// Tests that run whole <c>roadmapbot run</c> processes against the clock: each spends seconds of CPU starting, so they
/// run alone, never beside each other or other tests, and their start-up stays well inside the seconds they allow.
/// </summary>
[CollectionDefinition(nameof(RealProcesses), DisableParallelization = true)]
public sealed class RealProcesses;
