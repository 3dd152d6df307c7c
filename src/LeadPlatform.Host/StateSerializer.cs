using LeadPlatform.Abstractions.Buffers;
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
    private static readonly ThreadBuffers Buffers = new(initialBytes: 4096);

    public BinaryData Serialize<T>(T? input)
    {
        // Serialising is synchronous: the buffer is written and copied out before the thread does anything else.
        var written = Buffers.Take();
        try
        {
            serializer.Serialize(input, written);
            return new BinaryData(written.WrittenSpan.ToArray());
        }
        finally
        {
            Buffers.GiveBack(written);
        }
    }

    public T? Deserialize<T>(BinaryData input) => serializer.Deserialize<T>(input.ToMemory());
}
