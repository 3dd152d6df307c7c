using System.Security.Cryptography;
using System.Text;

namespace LeadPlatform.Domain.Identity;

/// <summary>
/// API key format <c>lp.{keyId}.{secret}</c>: the key id finds the stored record without a scan,
/// the 256-bit secret makes the key unguessable. Only <see cref="Hash"/> of the whole key is stored.
/// </summary>
public static class ApiKeyText
{
    private const string Prefix = "lp.";

    public static string New(string keyId) =>
        $"{Prefix}{keyId}.{Base64Url(RandomNumberGenerator.GetBytes(32))}";

    /// <summary>The key id inside a key, when the text has the key format.</summary>
    public static bool TryGetKeyId(string? key, out string keyId)
    {
        keyId = "";
        if (key is null || !key.StartsWith(Prefix, StringComparison.Ordinal) || key.Length > 200) return false;
        var dot = key.IndexOf('.', Prefix.Length);
        if (dot < 0) return false;
        keyId = key[Prefix.Length..dot];
        return EntityId.IsValidPart(keyId);
    }

    /// <summary>Hex SHA-256; a plain hash suffices because the secret is random, not a password.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Compares two hashes in constant time.</summary>
    public static bool HashesEqual(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(a), Encoding.ASCII.GetBytes(b));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
