namespace RoadmapBot.Core.Chat;

/// <summary>A count with its noun, as every reply and warning writes it: "1 item", "12 items", "1 entry", "3 entries".</summary>
public static class Quantity
{
    public static string Of(int count, string one, string? many = null) => count == 1 ? $"1 {one}" : $"{count} {many ?? one + "s"}";

    /// <summary>A roadmap's unit for an amount: "problems" after 4, "problem" after 1 (units are written in the plural).</summary>
    public static string Unit(double amount, string unit) =>
        amount == 1 && unit.Length > 2 && unit.EndsWith('s') && !unit.EndsWith("ss", StringComparison.Ordinal) ? unit[..^1] : unit;
}
