using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace LeadPlatform.Domain.Identity;

/// <summary>
/// A client's key for a request it may send again (after a timeout or a failure it could not read). The entity such a
/// request creates gets an id derived from the key, so a retry finds what the first attempt created instead of making
/// a second one.
/// </summary>
public static class IdempotencyKey
{
    public const int MaxLength = 100;

    /// <summary>The trimmed key, or an error message that says what is wrong.</summary>
    public static (string? Key, string? Error) Validate(string? raw) => ShortText.Validate(raw, MaxLength);

    /// <summary>
    /// The key an import uses for a person it names: an import matches people by name, so a retried import (the first
    /// attempt failed before its team listed whom it made) finds the people made already instead of making them again.
    /// A hash, so names of any allowed length make a key of valid length.
    /// </summary>
    public static string ForImportedName(string name) =>
        "import " + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(name.Trim())), 0, 16);

    /// <summary>
    /// The entity id (<see cref="EntityId"/>'s form) a request with <paramref name="key"/> creates within
    /// <paramref name="scope"/> (who sends it, e.g. a manager's id): the same for every retry, unrelated for another
    /// scope, so two clients that happen to choose the same key never meet.
    /// </summary>
    public static string EntityIdFor(string prefix, string scope, string key)
    {
        // The prefix is hashed too: one key used for two kinds of request gives ids that do not share their random part.
        var input = Encoding.UTF8.GetBytes($"{prefix}\n{scope}\n{key}");
        var block = 0;
        // SHA-256 of a block counter and the input: as many unbiased bytes as EntityId asks for, and always the same ones.
        return EntityId.New(prefix, buffer =>
        {
            var counted = new byte[4 + input.Length];
            BinaryPrimitives.WriteInt32BigEndian(counted, block++);
            input.CopyTo(counted, 4);
            SHA256.HashData(counted).AsSpan(0, buffer.Length).CopyTo(buffer);
        });
    }
}
