namespace RoadmapBot.Core.Chat;

/// <summary>
/// Who a message is from, as far as the platform tells: a person writing as themselves, or someone posting as the group
/// (an anonymous admin) or as a channel, whom the platform does not name.
/// </summary>
public enum MessageAuthor { Person, Group, Channel }
