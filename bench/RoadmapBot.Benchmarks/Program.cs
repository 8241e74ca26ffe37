using BenchmarkDotNet.Running;
using RoadmapBot.Benchmarks.FanOut;

// The fan-out is a load run against the clock, not a micro-benchmark: it has its own verb; everything else is BenchmarkDotNet's.
if (args is ["fanout", .. var rest])
    return await FanOutCommand.RunAsync(rest);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
