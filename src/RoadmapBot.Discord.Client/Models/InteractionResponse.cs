namespace RoadmapBot.Discord.Client.Models;

/// <summary>The one initial response to an interaction (POST /interactions/{id}/{token}/callback).</summary>
public sealed record InteractionResponse(InteractionCallbackType Type)
{
    public MessagePayload? Message { get; init; }
    public Modal? Modal { get; init; }
    public IReadOnlyList<AutocompleteChoice>? Choices { get; init; }

    public static InteractionResponse Reply(MessagePayload message) => new(InteractionCallbackType.ChannelMessageWithSource) { Message = message };
    public static InteractionResponse Defer(bool ephemeral) =>
        new(InteractionCallbackType.DeferredChannelMessageWithSource) { Message = new MessagePayload { Flags = ephemeral ? MessageFlags.Ephemeral : MessageFlags.None } };
    public static InteractionResponse DeferUpdate() => new(InteractionCallbackType.DeferredUpdateMessage);
    public static InteractionResponse Update(MessagePayload message) => new(InteractionCallbackType.UpdateMessage) { Message = message };
    public static InteractionResponse Autocomplete(IReadOnlyList<AutocompleteChoice> choices) => new(InteractionCallbackType.AutocompleteResult) { Choices = choices };
    public static InteractionResponse ShowModal(Modal modal) => new(InteractionCallbackType.Modal) { Modal = modal };
}

public enum InteractionCallbackType
{
    ChannelMessageWithSource = 4,
    DeferredChannelMessageWithSource = 5,
    DeferredUpdateMessage = 6,
    UpdateMessage = 7,
    AutocompleteResult = 8,
    Modal = 9,
}

public sealed record AutocompleteChoice(string Name, string Value);

/// <summary>A form of 1–5 text inputs; title at most 45 characters.</summary>
public sealed record Modal(string CustomId, string Title, IReadOnlyList<TextInput> Inputs);

/// <summary>One text input of a modal; label at most 45 characters.</summary>
public sealed record TextInput(string CustomId, string Label, bool Paragraph = true, bool Required = false, string? Value = null, int MaxLength = 1000);
