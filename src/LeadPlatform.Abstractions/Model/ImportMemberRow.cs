namespace LeadPlatform.Abstractions.Model;

/// <summary>One row of an onboarding file for one team: optionally its manager, optionally an employee.</summary>
[GenerateSerializer, Immutable, Alias("leadplatform.ImportMemberRow")]
public sealed record ImportMemberRow(
    [property: Id(0)] int Line,
    [property: Id(1)] string? Manager,
    [property: Id(2)] string? Employee);
