namespace RoadmapBot.Core.Import;

/// <summary>A dated entry saying a slot moved ("🔁 Rescheduled to Thu 8 Jan, 18:00–19:00: SQL drills"), read from under the day it left.</summary>
internal sealed record Reschedule(DateOnly? From, DateOnly Date, TimeOnly? Start, TimeOnly? End, string Title, int Line);
