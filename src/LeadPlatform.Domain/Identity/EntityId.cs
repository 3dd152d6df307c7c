using System.Security.Cryptography;

namespace LeadPlatform.Domain.Identity;

/// <summary>
/// Server-generated entity ids: lower-case letters, digits and '-' only, so they are safe in
/// every storage key (Azure Table folds '/' into '_', so free-form ids could collide).
/// </summary>
public static class EntityId
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>A new id like <c>team-k3x9q2m7v1p8</c>: a readable prefix and 12 random characters (~62 bits).</summary>
    public static string New(string prefix)
    {
        if (!IsValidPart(prefix)) throw new ArgumentException("Prefix must be [a-z0-9-].", nameof(prefix));
        Span<char> random = stackalloc char[12];
        for (var i = 0; i < random.Length; i++) random[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        return $"{prefix}-{random}";
    }

    /// <summary>True when the text is a non-empty id part made of [a-z0-9-] only.</summary>
    public static bool IsValidPart(string? part) =>
        !string.IsNullOrEmpty(part) && part.Length <= 64 && part.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-');
}
