using System.Buffers;
using Orleans.Serialization;
using Orleans.Storage;

namespace LeadPlatform.Host;

/// <summary>
/// Stored state in Orleans' own binary format, byte for byte what <see cref="OrleansGrainStorageSerializer"/> writes, with
/// less garbage per write: Orleans' serialiser starts a new 256-byte buffer for every state and doubles it as it fills
/// (an employee's state: three arrays), and the store then copied the written part into a fourth. Here each thread
/// serialises into one buffer it keeps, and the state leaves it as one array of its exact size.
/// </summary>
public sealed class StateSerializer(Serializer serializer) : IGrainStorageSerializer
{
    /// <summary>The largest buffer a thread keeps; a rare larger state gets a buffer of its own.</summary>
    private const int KeptBufferBytes = 64 * 1024;

    [ThreadStatic] private static ArrayBufferWriter<byte>? buffer;

    public BinaryData Serialize<T>(T? input)
    {
        // Serialising is synchronous, so nothing else on this thread uses the buffer meanwhile.
        var written = buffer ??= new ArrayBufferWriter<byte>(4096);
        written.ResetWrittenCount();
        try
        {
            serializer.Serialize(input, written);
            return new BinaryData(written.WrittenSpan.ToArray());
        }
        finally
        {
            if (written.Capacity > KeptBufferBytes) buffer = null;
        }
    }

    public T? Deserialize<T>(BinaryData input) => serializer.Deserialize<T>(input.ToMemory());
}
