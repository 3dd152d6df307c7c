using System.Text;

namespace LeadPlatform.Api.Tests.Privacy;

/// <summary>
/// Searches raw bytes (store files, Azure entity properties) for a text the way a forensic look would: as UTF-8, as
/// UTF-16 (little and big endian) and as Base64 of its UTF-8 bytes at each of the three alignments (JSON stores such
/// as Azurite's keep binary properties in Base64).
/// </summary>
internal static class RawStoreScan
{
    /// <summary>The texts found in <paramref name="data"/> (a subset of <paramref name="texts"/>).</summary>
    public static string[] Find(ReadOnlySpan<byte> data, IEnumerable<string> texts)
    {
        var found = new List<string>();
        foreach (var text in texts)
        {
            foreach (var needle in Needles(text))
            {
                if (data.IndexOf(needle) < 0) continue;
                found.Add(text);
                break;
            }
        }
        return [.. found];
    }

    /// <summary>The texts found in any file under <paramref name="folder"/>, each with the file it was found in.</summary>
    public static string[] FindInFolder(string folder, IReadOnlyCollection<string> texts) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .SelectMany(path => Find(ReadShared(path), texts).Select(text => $"'{text}' in {Path.GetRelativePath(folder, path)}"))];

    /// <summary>Reads a file another process may be writing (SQLite's db, WAL and shared-memory files, Azurite's files).</summary>
    public static byte[] ReadShared(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }
        catch (FileNotFoundException)
        {
            return []; // removed while we looked (a WAL after a checkpoint, a rotated file)
        }
    }

    private static IEnumerable<byte[]> Needles(string text)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        yield return utf8;
        yield return Encoding.Unicode.GetBytes(text);
        yield return Encoding.BigEndianUnicode.GetBytes(text);
        // Base64 at offset 0, 1 and 2 within a 3-byte group: keep only the characters that depend on the text alone.
        for (var offset = 0; offset < 3; offset++)
        {
            var padded = new byte[offset + utf8.Length];
            utf8.CopyTo(padded, offset);
            var encoded = Convert.ToBase64String(padded).TrimEnd('=');
            var skip = offset == 0 ? 0 : offset + 1;
            var tail = (offset + utf8.Length) % 3 == 0 ? 0 : 3;
            if (encoded.Length - skip - tail > 8) yield return Encoding.ASCII.GetBytes(encoded[skip..^tail]);
        }
    }
}
