using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace CeGraph.Api.Security;

/// <summary>Makes and hashes API key secrets. Only the SHA-256 hash is ever stored.</summary>
public static class ApiKeySecrets
{
    public const string Prefix = "cgk_";
    public const int MaxSecretLength = 512;

    /// <summary>A new secret: "cgk_" and 32 random bytes in base64url (256 bits of entropy).</summary>
    public static string Generate() => Prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    /// <summary>What is shown of a key later: enough to tell keys apart, too little to use one.</summary>
    public static string DisplayPrefix(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return secret.Length <= 12 ? new string('*', secret.Length) : secret[..12];
    }

    /// <summary>Compares two hashes in constant time.</summary>
    public static bool Matches(byte[] expectedHash, string presentedSecret) =>
        CryptographicOperations.FixedTimeEquals(expectedHash, Hash(presentedSecret));
}
