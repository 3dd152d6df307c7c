namespace LeadPlatform.Abstractions.Model;

[GenerateSerializer, Immutable, Alias("leadplatform.ImportRowError")]
public sealed record ImportRowError(
    [property: Id(0)] int Line,
    [property: Id(1)] string Message);
