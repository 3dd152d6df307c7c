namespace LeadPlatform.Abstractions.Model;

/// <summary>The manager's and the employee's own newest assessment of one task, side by side; either may be missing.</summary>
[GenerateSerializer, Immutable, Alias("leadplatform.AssessmentComparison")]
public sealed record AssessmentComparison(
    [property: Id(0)] string Task,
    [property: Id(1)] Assessment? ByManager,
    [property: Id(2)] Assessment? BySelf);
