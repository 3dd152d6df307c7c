namespace LeadPlatform.Abstractions.Model;

/// <summary>The consultancy that manages an organisation, as that organisation's own people may see it: who, nothing more.</summary>
[GenerateSerializer, Immutable, Alias("leadplatform.ManagingConsultancy")]
public sealed record ManagingConsultancy(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name);
