using System.Diagnostics;
using System.Globalization;
using System.Reflection;

namespace RoadmapBot.Benchmarks.FanOut.Faults;

/// <summary>Starts this benchmark program again as <see cref="FaultChild"/>, its output lines collected (thread-safe on the list).</summary>
internal static class SenderProcess
{
    public static Process Start(string database, string platformUrl, DateTimeOffset clockStart, List<string> output)
    {
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("No process path.");
        var info = new ProcessStartInfo(host) { RedirectStandardOutput = true, UseShellExecute = false };
        // Under "dotnet Program.dll" the host is dotnet and the program its first argument.
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
            info.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        foreach (var arg in new[] { FaultChild.Verb, database, platformUrl, clockStart.ToString("O", CultureInfo.InvariantCulture) })
            info.ArgumentList.Add(arg);
        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (output) output.Add(e.Data);
            // IN DOUBT lines are counted by the report; errors are shown as they come.
            if (e.Data.StartsWith("Error", StringComparison.Ordinal))
                Console.WriteLine($"//   sender: {e.Data}");
        };
        process.Start();
        process.BeginOutputReadLine();
        return process;
    }
}
