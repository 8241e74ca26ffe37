using System.Globalization;
using System.Text.Json.Nodes;

namespace RoadmapBot.Telegram.Tests.Fakes;

/// <summary>One Bot API call the bot made: the method and its parameters (JSON body or form fields as strings).</summary>
public sealed record FakeRequest(string Method, JsonObject Params, bool Faulted)
{
    /// <summary>The id of the message the fake answered with (sendMessage, editMessageText, sendDocument, sendPhoto).</summary>
    public int? MessageId { get; set; }

    public long? ChatId => Params["chat_id"] is { } id ? long.Parse(id.ToString(), CultureInfo.InvariantCulture) : null;
    /// <summary>A message's text, or a photo's caption.</summary>
    public string? Text => Params["text"]?.ToString() ?? Params["caption"]?.ToString();

    /// <summary>The callback data of every inline button, row by row flattened.</summary>
    public IReadOnlyList<string> ButtonData =>
        Markup()?["inline_keyboard"]?.AsArray().SelectMany(row => row!.AsArray()).Select(b => b!["callback_data"]!.ToString()).ToList() ?? [];

    public JsonObject? Markup() => Params["reply_markup"] switch
    {
        JsonObject o => o,
        JsonValue v when v.ToString() is { Length: > 0 } s => JsonNode.Parse(s)?.AsObject(),
        _ => null,
    };
}
