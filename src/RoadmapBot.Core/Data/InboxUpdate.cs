namespace RoadmapBot.Core.Data;

/// <summary>A pushed update as the inbox stores it: its unique key, its lane (the chat), its place in the platform's order, and its JSON.</summary>
public sealed record InboxUpdate(string Key, string Lane, long Sequence, string Payload);
