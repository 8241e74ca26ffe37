using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Commands;

namespace RoadmapBot.Host.Console;

/// <summary>The console front end: lines in, the engine's replies out as plain text; files saved and their paths printed.</summary>
public sealed class ConsoleChat(ChatEngine engine, ConsoleIdentity identity, ConsoleFiles files, TextWriter output)
{
    public async Task SendAsync(string text, CancellationToken ct, IReadOnlyList<ChatAttachment>? attachments = null)
    {
        foreach (var reply in await HandleAsync(identity.Message(text, attachments), ct))
            await WriteAsync(reply);
    }

    private async Task<IReadOnlyList<ChatReply>> HandleAsync(ChatMessage message, CancellationToken ct)
    {
        var (translated, error) = ConsoleImport.Translate(message);
        return translated is null ? [ChatReply.Text(error!)] : await engine.HandleAsync(translated, ct);
    }

    public enum Ending { Quit, InputEnded }

    /// <summary>Reads commands until end of input or <c>/quit</c>; review forms are asked one question at a time.</summary>
    public async Task<Ending> RunInteractiveAsync(TextReader input, CancellationToken ct)
    {
        string? pending = null;
        while (!ct.IsCancellationRequested)
        {
            if (pending is null) await output.WriteAsync("> ");
            var line = pending ?? await input.ReadLineAsync(ct);
            pending = null;
            if (line is null) return Ending.InputEnded;
            if (line.Trim() is "/quit" or "/exit") return Ending.Quit;
            if (line.Trim().Length == 0) continue;
            foreach (var reply in await HandleAsync(identity.Message(line), ct))
            {
                await WriteAsync(reply);
                if (reply.Form is { } form) pending = await AskAsync(form, input, ct);
            }
        }
        return Ending.Quit;
    }

    /// <summary>Asks each question in turn; a line starting with "/" ends the form and is returned to run as a command.</summary>
    private async Task<string?> AskAsync(ReviewForm form, TextReader input, CancellationToken ct)
    {
        await output.WriteLineAsync("Answer each question (empty line to skip it):");
        foreach (var question in form.Questions)
        {
            await output.WriteAsync($"{question.Number}. {question.Text}{(question.Answer is null ? "" : $" [{question.Answer}]")}\n  > ");
            var answer = (await input.ReadLineAsync(ct))?.Trim();
            if (answer is null) return null;
            if (answer.StartsWith('/')) return answer;
            if (answer.Length > 0) await SendAsync($"/review {question.Number} {answer}", ct);
        }
        return null;
    }

    private async Task WriteAsync(ChatReply reply)
    {
        await output.WriteLineAsync(reply.ToPlainText());
        if (reply.File is { } file)
            await output.WriteLineAsync($"saved: {await files.SaveAsync(file)}");
        await output.WriteLineAsync();
    }
}
