using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Commands;
using RoadmapBot.Discord.Client.Models;
using RoadmapBot.Discord.Interactions;

namespace RoadmapBot.Discord.Rendering;

/// <summary>
/// Who sees a reply in a guild channel, as the command catalog says (<see cref="CommandInfo.PublicBecause"/>): public what the
/// channel holds each other accountable for, everything else (and any unknown verb) ephemeral, and so is any refusal or error
/// Core marks for the asker. DMs are private anyway.
/// </summary>
public static class Visibility
{
    public static bool IsPublic(string verb) => CommandCatalog.Find(verb)?.PublicBecause is not null;

    /// <summary>Whether answers to <paramref name="interaction"/> about <paramref name="verb"/> are only for the member.</summary>
    public static bool IsEphemeral(Interaction interaction, string verb) => InteractionTranslator.IsGuild(interaction) && !IsPublic(verb);

    /// <summary>
    /// The verb whose visibility <paramref name="answers"/> take: none (only for the member) when Core marked them for the asker
    /// alone, a refusal or an error (<see cref="ChatReply.ForAsker"/>, <see cref="ChatReply.Toast"/>); else the command's own.
    /// </summary>
    public static string VerbFor(string verb, IReadOnlyList<ChatReply> answers) => answers.Any(a => a.ForAsker || a.Toast) ? "" : verb;

    /// <summary>The same decision before the engine ran, for the watchdog's deferral (its later answer keeps that visibility).</summary>
    public static bool IsEphemeral(Interaction interaction) => IsEphemeral(interaction, VerbOf(interaction));

    private static string VerbOf(Interaction interaction) => interaction.Type switch
    {
        InteractionType.ApplicationCommand => interaction.CommandName ?? "",
        // Someone else's button gets a toast only the presser sees.
        InteractionType.MessageComponent when CustomIds.Decode(interaction.CustomId) is CustomAction.Command(var text, var owner)
            => owner is null || owner == InteractionTranslator.UserId(interaction) ? CommandLine.Parse(text)?.Verb ?? "" : "",
        _ => "",
    };
}
