using System.Globalization;
using System.Text;
using NSec.Cryptography;

namespace RoadmapBot.Discord.Client.Interactions;

/// <summary>
/// Discord's proof that an HTTP interaction is its own: an Ed25519 signature (X-Signature-Ed25519) over
/// X-Signature-Timestamp followed by the raw body, made with the key whose public half the Developer Portal shows.
/// </summary>
public sealed class InteractionSignature
{
    /// <summary>A timestamp further than this from our clock is refused: a recorded request replayed later is not accepted.</summary>
    public static readonly TimeSpan MaxSkew = TimeSpan.FromMinutes(5);
    private const long LatestUnixSeconds = 253402300799;  // 9999-12-31, the last second DateTimeOffset holds

    private readonly PublicKey _key;

    /// <summary>The application's public key as the Developer Portal shows it: 64 hex digits.</summary>
    public InteractionSignature(string publicKeyHex) =>
        _key = PublicKey.Import(SignatureAlgorithm.Ed25519, Convert.FromHexString(publicKeyHex), KeyBlobFormat.RawPublicKey);

    public bool IsValid(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        if (signatureHex is not { Length: 128 } || string.IsNullOrEmpty(timestamp)) return false;
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > LatestUnixSeconds) return false;
        if ((now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > MaxSkew) return false;
        byte[] signature;
        try
        {
            signature = Convert.FromHexString(signatureHex);
        }
        catch (FormatException)
        {
            return false;
        }
        var signed = new byte[Encoding.UTF8.GetByteCount(timestamp) + body.Length];
        var written = Encoding.UTF8.GetBytes(timestamp, signed);
        body.CopyTo(signed.AsSpan(written));
        return SignatureAlgorithm.Ed25519.Verify(_key, signed, signature);
    }
}
