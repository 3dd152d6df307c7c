using System.Buffers;

namespace LeadPlatform.Api.Http;

/// <summary>Reads a request body up to a byte limit, so an oversized request costs at most the limit.</summary>
internal static class RequestBodyReader
{
    private const int ChunkBytes = 16 * 1024;

    /// <summary>The body, or null when it is longer than <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(Stream body, long? declaredLength, int maxBytes, CancellationToken cancellationToken)
    {
        if (declaredLength > maxBytes) return null;
        if (declaredLength is { } length)
        {
            // The usual case: read into an array of the declared size (Kestrel delivers no more than Content-Length), not
            // through a fresh 16 KB chunk and a growing stream per request (issue 8: 240 MB/s of garbage at 15,000 requests/s).
            var exact = new byte[length];
            await body.ReadExactlyAsync(exact, cancellationToken);
            return exact;
        }
        return await ReadChunkedAsync(body, maxBytes, cancellationToken);
    }

    private static async Task<byte[]?> ReadChunkedAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk.AsMemory(0, ChunkBytes), cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes) return null;
                buffer.Write(chunk, 0, read);
            }
            return buffer.ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }
}
