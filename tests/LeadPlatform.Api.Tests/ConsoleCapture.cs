namespace LeadPlatform.Api.Tests;

/// <summary>Captures what the host prints to stdout (the one-time keys), for tests that run alone.</summary>
internal sealed class ConsoleCapture : IDisposable
{
    private readonly TextWriter original = Console.Out;
    private readonly StringWriter buffer = new();

    public ConsoleCapture() => Console.SetOut(TextWriter.Synchronized(buffer));

    public string Text => buffer.ToString();

    public void Dispose() => Console.SetOut(original);
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialCollection
{
    public const string Name = "serial";
}
