using System.Security.Cryptography;

namespace LeadPlatform.Storage.Sqlite;

/// <summary>
/// New etags for the store's rows (grain state, reminders): this process's random prefix, so no other process or restart
/// repeats one, and a count. <see cref="Guid.NewGuid"/> read the kernel's random source on every write, a system call: 2 % of
/// the host's CPU samples in a profile of a stream of assessments (docs/PERFORMANCE.md, eighteenth round).
/// </summary>
internal static class Etags
{
    private static readonly string Prefix = RandomNumberGenerator.GetHexString(16, lowercase: true);

    private static long _count;

    public static string New() => $"{Prefix}{Interlocked.Increment(ref _count):x16}";
}
