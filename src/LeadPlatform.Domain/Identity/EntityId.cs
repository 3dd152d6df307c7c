using System.Security.Cryptography;

namespace LeadPlatform.Domain.Identity;

/// <summary>
/// Server-generated entity ids: lower-case letters, digits and '-' only, so they are safe in
/// every storage key (Azure Table folds '/' into '_', so free-form ids could collide).
/// </summary>
public static class EntityId
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>The largest multiple of the alphabet's length a byte can hold: bytes from here on are skipped, so no character is favoured.</summary>
    private const int UnbiasedBytes = 256 - 256 % 36;

    /// <summary>Gives random bytes (the system's cryptographic generator, or a fixed sequence in tests).</summary>
    internal delegate void RandomBytes(Span<byte> buffer);

    /// <summary>A new id like <c>team-k3x9q2m7v1p8</c>: a readable prefix and 12 random characters (~62 bits).</summary>
    public static string New(string prefix) => New(prefix, RandomNumberGenerator.Fill);

    /// <summary>
    /// Bytes are taken 32 at a time, one call to the generator for an id (almost always), where a call per character used to
    /// read the kernel's random source twelve times or more: ~4 µs each on the platform's smallest machine, per id created.
    /// </summary>
    internal static string New(string prefix, RandomBytes randomBytes)
    {
        if (!IsValidPart(prefix)) throw new ArgumentException("Prefix must be [a-z0-9-].", nameof(prefix));
        Span<char> random = stackalloc char[12];
        Span<byte> bytes = stackalloc byte[32];
        var next = bytes.Length;
        for (var i = 0; i < random.Length;)
        {
            if (next == bytes.Length)
            {
                randomBytes(bytes);
                next = 0;
            }
            var value = bytes[next++];
            if (value < UnbiasedBytes) random[i++] = Alphabet[value % Alphabet.Length];
        }
        return $"{prefix}-{random}";
    }

    /// <summary>True when the text is a non-empty id part made of [a-z0-9-] only.</summary>
    public static bool IsValidPart(string? part) =>
        !string.IsNullOrEmpty(part) && part.Length <= 64 && part.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-');
}
