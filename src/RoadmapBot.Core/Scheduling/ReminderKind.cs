namespace RoadmapBot.Core.Scheduling;

/// <summary>What the bot sends on its own. Names are the words used in commands and logs; a buddy nudge is queued by a tap, never scheduled.</summary>
public enum ReminderKind { Kickoff, Agenda, Checkin, Review, Digest, Nudge, BuddyNudge }
