using System.Buffers;

namespace LeadPlatform.Abstractions.Buffers;

/// <summary>
/// A byte buffer each thread keeps, for writing something whole (a GraphQL answer, a grain's state) and copying it out
/// before the thread moves on, so no buffer is grown anew for every use. Take it, write, copy out, give it back, with no
/// <c>await</c> in between: another use on the same thread would otherwise find it half written. Each instance keeps
/// its own buffers, so two kinds of use never share one.
/// </summary>
public sealed class ThreadBuffers(int initialBytes, int keptBytes = 64 * 1024)
{
    private readonly ThreadLocal<ArrayBufferWriter<byte>?> kept = new();

    /// <summary>This thread's buffer, empty.</summary>
    public ArrayBufferWriter<byte> Take()
    {
        var buffer = kept.Value ??= new ArrayBufferWriter<byte>(initialBytes);
        buffer.ResetWrittenCount();
        return buffer;
    }

    /// <summary>Done with it: a buffer grown past the kept size (a rare large answer or state) is let go.</summary>
    public void GiveBack(ArrayBufferWriter<byte> buffer)
    {
        if (buffer.Capacity > keptBytes) kept.Value = null;
    }
}
