using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Abstractions.Model;

/// <summary>An employee with the current advice for one task (null when never assessed): one call where a list needs both.</summary>
[GenerateSerializer, Immutable, Alias("leadplatform.EmployeeWithAdvice")]
public sealed record EmployeeWithAdvice(
    [property: Id(0)] EmployeeInfo Employee,
    [property: Id(1)] StyleAdvice? Advice);
