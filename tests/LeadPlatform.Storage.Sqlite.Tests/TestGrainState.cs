using System.Diagnostics.CodeAnalysis;

namespace LeadPlatform.Storage.Sqlite.Tests;

/// <summary>Plain <see cref="IGrainState{T}"/> with a non-null state, like the one Orleans hands a provider.</summary>
internal sealed class TestGrainState<T>(T state, string? etag = null) : IGrainState<T>
    where T : new()
{
    public TestGrainState()
        : this(new T())
    {
    }

    [AllowNull]
    public T State { get; set; } = state;

    public string? ETag { get; set; } = etag;

    public bool RecordExists { get; set; }
}
