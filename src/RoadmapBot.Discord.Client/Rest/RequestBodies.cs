using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using RoadmapBot.Discord.Client.Models;

namespace RoadmapBot.Discord.Client.Rest;

/// <summary>Our models written as Discord's JSON: snake_case, absent rather than null, and allowed_mentions on every message.</summary>
internal static class RequestBodies
{
    public const int MaxContentLength = 2000;

    public static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="edit">An edit replaces the buttons: without "components" Discord would keep the old ones.</param>
    public static JsonObject Message(MessagePayload message, bool edit = false)
    {
        if (message.Content is { Length: > MaxContentLength } content)
            throw new ArgumentException($"Message content has {content.Length} characters; Discord takes at most {MaxContentLength}.", nameof(message));
        var body = new JsonObject();
        if (message.Content is not null) body["content"] = message.Content;
        if (message.Embeds.Count > 0) body["embeds"] = new JsonArray([.. message.Embeds.Select(EmbedJson)]);
        if (message.Components.Count > 0 || edit) body["components"] = new JsonArray([.. message.Components.Select(RowJson)]);
        if (message.Flags != MessageFlags.None) body["flags"] = (int)message.Flags;
        if (message.Files.Count > 0)
            body["attachments"] = new JsonArray([.. message.Files.Select((f, i) => AttachmentJson(f, i))]);
        // Never ping: Discord's default for channel messages parses @everyone, roles and users.
        body["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray() };
        return body;
    }

    public static JsonObject Callback(InteractionResponse response)
    {
        var body = new JsonObject { ["type"] = (int)response.Type };
        switch (response.Type)
        {
            case InteractionCallbackType.ChannelMessageWithSource or InteractionCallbackType.UpdateMessage:
                body["data"] = Message(response.Message ?? new MessagePayload(), edit: response.Type == InteractionCallbackType.UpdateMessage);
                break;
            case InteractionCallbackType.DeferredChannelMessageWithSource when response.Message is { Flags: not MessageFlags.None } m:
                body["data"] = new JsonObject { ["flags"] = (int)m.Flags };  // the only field a deferral takes
                break;
            case InteractionCallbackType.AutocompleteResult:
                body["data"] = new JsonObject { ["choices"] = ChoicesJson(response.Choices ?? []) };
                break;
            case InteractionCallbackType.Modal when response.Modal is { } modal:
                body["data"] = ModalJson(modal);
                break;
        }
        return body;
    }

    public static JsonArray Commands(IReadOnlyList<ApplicationCommand> commands) => new([.. commands.Select(CommandJson)]);

    public static string Serialize(JsonNode node) => node.ToJsonString(Json);

    private static JsonObject CommandJson(ApplicationCommand command)
    {
        var json = new JsonObject
        {
            ["name"] = command.Name,
            ["type"] = 1,
            ["description"] = command.Description,
            ["options"] = new JsonArray([.. command.Options.Select(OptionJson)]),
            ["contexts"] = new JsonArray([.. command.Contexts.Select(c => (JsonNode)c)]),
        };
        if (command.DefaultMemberPermissions is not null) json["default_member_permissions"] = command.DefaultMemberPermissions;
        return json;
    }

    private static JsonObject OptionJson(CommandOption option)
    {
        var json = new JsonObject { ["type"] = (int)option.Type, ["name"] = option.Name, ["description"] = option.Description };
        if (option.Required) json["required"] = true;
        if (option.Autocomplete) json["autocomplete"] = true;
        if (option.Choices.Count > 0) json["choices"] = ChoicesJson(option.Choices);
        return json;
    }

    private static JsonArray ChoicesJson(IReadOnlyList<AutocompleteChoice> choices) =>
        new([.. choices.Select(c => new JsonObject { ["name"] = c.Name, ["value"] = c.Value })]);

    private static JsonObject EmbedJson(Embed embed)
    {
        var json = new JsonObject();
        if (embed.Title is not null) json["title"] = embed.Title;
        if (embed.Description is not null) json["description"] = embed.Description;
        if (embed.Color is not null) json["color"] = embed.Color;
        if (embed.ImageUrl is not null) json["image"] = new JsonObject { ["url"] = embed.ImageUrl };
        if (embed.Fields.Count > 0)
            json["fields"] = new JsonArray([.. embed.Fields.Select(f => new JsonObject { ["name"] = f.Name, ["value"] = f.Value, ["inline"] = f.Inline })]);
        return json;
    }

    private static JsonObject RowJson(ActionRow row) => new()
    {
        ["type"] = 1,
        ["components"] = new JsonArray([.. row.Buttons.Select(b => b.Url is null
            ? new JsonObject { ["type"] = 2, ["style"] = (int)b.Style, ["label"] = b.Label, ["custom_id"] = b.CustomId }
            : new JsonObject { ["type"] = 2, ["style"] = (int)ButtonStyle.Link, ["label"] = b.Label, ["url"] = b.Url })]),
    };

    private static JsonObject AttachmentJson(FileUpload file, int index)
    {
        var json = new JsonObject { ["id"] = index.ToString(CultureInfo.InvariantCulture), ["filename"] = file.FileName };
        if (file.Description is not null) json["description"] = file.Description;
        return json;
    }

    private static JsonObject ModalJson(Modal modal) => new()
    {
        ["custom_id"] = modal.CustomId,
        ["title"] = modal.Title,
        ["components"] = new JsonArray([.. modal.Inputs.Select(input => new JsonObject
        {
            ["type"] = 1,
            ["components"] = new JsonArray(TextInputJson(input)),
        })]),
    };

    private static JsonObject TextInputJson(TextInput input)
    {
        var json = new JsonObject
        {
            ["type"] = 4,
            ["custom_id"] = input.CustomId,
            ["style"] = input.Paragraph ? 2 : 1,
            ["label"] = input.Label,
            ["required"] = input.Required,
            ["max_length"] = input.MaxLength,
        };
        if (input.Value is not null) json["value"] = input.Value;
        return json;
    }
}
