using BenchmarkDotNet.Running;
using RoadmapBot.Benchmarks.FanOut;
using RoadmapBot.Benchmarks.FanOut.Faults;
using RoadmapBot.Benchmarks.Startup;

// The fan-out is a load run against the clock, not a micro-benchmark: it has its own verb; everything else is BenchmarkDotNet's.
if (args is ["fanout", .. var rest])
    return await FanOutCommand.RunAsync(rest);
if (args is [StartupCommand.Verb, .. var startupArgs])
    return await StartupCommand.RunAsync(startupArgs);
if (args is [FaultRunCommand.Verb, .. var faultArgs])
    return await FaultRunCommand.RunAsync(faultArgs);
if (args is [FaultChild.Verb, .. var childArgs])
    return await FaultChild.RunAsync(childArgs);
BenchmarkSwitcher.FromAssembly(typeof(RoadmapBot.Benchmarks.Commands.EngineBenchmarks).Assembly).Run(args);  // not typeof(Program): the host it references has one too
return 0;
