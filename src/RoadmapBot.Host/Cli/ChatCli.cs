using RoadmapBot.Host.Console;

namespace RoadmapBot.Host.Cli;

/// <summary><c>roadmapbot chat … [MESSAGE…]</c>: each message handled in turn and its replies printed; no message, a prompt.</summary>
public sealed class ChatCli(ConsoleChat chat)
{
    public async Task<int> RunAsync(IReadOnlyList<string> messages, CancellationToken ct)
    {
        if (messages.Count == 0)
        {
            await chat.RunInteractiveAsync(System.Console.In, ct);
            return 0;
        }
        foreach (var message in messages)
            await chat.SendAsync(message, ct);
        return 0;
    }
}
