using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace RoadmapBot.Core.Data;

/// <summary>Stores instants as UTC ticks, so SQLite can compare and order them.</summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
