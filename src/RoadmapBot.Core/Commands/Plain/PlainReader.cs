namespace RoadmapBot.Core.Commands.Plain;

/// <summary>Reads a message without a slash as logs and status changes, with the member's vocabulary.</summary>
public static class PlainReader
{
    public static PlainReading Read(string text, PlainVocabulary vocabulary, DateOnly today) => PlainReading.Nothing;
}
