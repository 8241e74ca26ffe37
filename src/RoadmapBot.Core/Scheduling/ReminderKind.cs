namespace RoadmapBot.Core.Scheduling;

/// <summary>What the bot sends on its own. Names are the words used in commands and logs.</summary>
public enum ReminderKind { Kickoff, Agenda, Checkin, Review, Digest, Nudge }
