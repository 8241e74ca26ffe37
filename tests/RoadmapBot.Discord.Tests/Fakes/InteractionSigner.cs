using System.Globalization;
using System.Text;
using NSec.Cryptography;

namespace RoadmapBot.Discord.Tests.Fakes;

/// <summary>Signs interaction bodies as Discord does, with a key pair made for the test; its public half is what the bot is configured with.</summary>
public sealed class InteractionSigner : IDisposable
{
    private readonly Key _key = Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });

    public string PublicKeyHex => Convert.ToHexStringLower(_key.PublicKey.Export(KeyBlobFormat.RawPublicKey));

    /// <summary>X-Signature-Ed25519 and X-Signature-Timestamp for <paramref name="body"/> sent at <paramref name="at"/>.</summary>
    public (string Signature, string Timestamp) Sign(string body, DateTimeOffset at)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = SignatureAlgorithm.Ed25519.Sign(_key, Encoding.UTF8.GetBytes(timestamp + body));
        return (Convert.ToHexStringLower(signature), timestamp);
    }

    public void Dispose() => _key.Dispose();
}
