namespace RoadmapBot.Core.Chat;

/// <summary>A count with its noun, as every reply and warning writes it: "1 item", "12 items", "1 entry", "3 entries".</summary>
public static class Quantity
{
    public static string Of(int count, string one, string? many = null) => count == 1 ? $"1 {one}" : $"{count} {many ?? one + "s"}";
}
