using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace RoadmapBot.Core.Dashboard;

/// <summary>
/// What a link carries, signed: its kind, the member, the member's link generation (bumped by "/dashboard off") and when it
/// was made. Written as base64url(payload) "." base64url(HMAC-SHA256, first 16 bytes).
/// </summary>
public sealed record LinkToken(LinkKind Kind, long MemberId, int Generation, DateTimeOffset IssuedAt)
{
    private const int MacBytes = 16;

    public string Sign(byte[] key)
    {
        var payload = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"{(Kind == LinkKind.Dashboard ? 'd' : 'c')}.{MemberId}.{Generation}.{IssuedAt.ToUnixTimeSeconds()}"));
        return Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(Mac(key, payload));
    }

    /// <summary>The token's content when its signature is right under <paramref name="key"/>; null for anything else.</summary>
    public static LinkToken? Read(string? token, byte[] key)
    {
        if (token is null || token.Length > 200 || token.Split('.') is not [var body, var mac])
            return null;
        try
        {
            var payload = Base64Url.DecodeFromChars(body);
            if (!CryptographicOperations.FixedTimeEquals(Base64Url.DecodeFromChars(mac), Mac(key, payload)))
                return null;
            return Encoding.ASCII.GetString(payload).Split('.') is [var kind, var member, var generation, var issued]
                && kind is "d" or "c"
                && long.TryParse(member, NumberStyles.None, CultureInfo.InvariantCulture, out var memberId)
                && int.TryParse(generation, NumberStyles.None, CultureInfo.InvariantCulture, out var gen)
                && long.TryParse(issued, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
                ? new LinkToken(kind == "d" ? LinkKind.Dashboard : LinkKind.Calendar, memberId, gen, DateTimeOffset.FromUnixTimeSeconds(seconds))
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static byte[] Mac(byte[] key, byte[] payload) => HMACSHA256.HashData(key, payload)[..MacBytes];
}
