namespace LeadPlatform.Storage.Sqlite.Tests;

[GenerateSerializer]
public sealed class CounterState
{
    [Id(0)]
    public int Count { get; set; }

    [Id(1)]
    public string? Note { get; set; }
}
