using System.Security.Cryptography;
using System.Text;

namespace RoadmapBot.Core.Commands;

/// <summary>Link codes: eight characters with no look-alikes (no 0/O, 1/I/L), shown as ABCD-EFGH, stored only as a hash.</summary>
public static class LinkCodeText
{
    public const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public const int Length = 8;

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    public static string Show(string code) => $"{code[..4]}-{code[4..]}";

    /// <summary>What the member typed, in the code's own form: case, dashes and spaces ignored; null when it cannot be a code.</summary>
    public static string? Normalize(string typed)
    {
        var code = new string([.. typed.ToUpperInvariant().Where(c => c is not ('-' or ' '))]);
        return code.Length == Length && code.All(Alphabet.Contains) ? code : null;
    }

    public static string Hash(string code) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(code)));
}
