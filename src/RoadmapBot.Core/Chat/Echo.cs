using System.Globalization;

namespace RoadmapBot.Core.Chat;

/// <summary>What a member typed, said back in a reply: cut to <see cref="MaxLength"/> characters, so no reply grows with its input.</summary>
public static class Echo
{
    public const int MaxLength = 60;

    /// <summary>The text in quotes, “like this”, cut when longer.</summary>
    public static string Quote(string typed) => $"“{Cut(typed)}”";

    /// <summary>The text cut after <see cref="MaxLength"/> characters with "…"; never inside a character (an emoji, an accent).</summary>
    public static string Cut(string typed)
    {
        if (typed.Length <= MaxLength)
            return typed;
        var end = 0;
        while (end + StringInfo.GetNextTextElementLength(typed, end) is var next && next < MaxLength)
            end = next;
        return typed[..end].TrimEnd() + "…";
    }
}
