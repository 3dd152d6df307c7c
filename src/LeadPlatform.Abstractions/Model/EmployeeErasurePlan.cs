namespace LeadPlatform.Abstractions.Model;

/// <summary>
/// What an erasure still has to visit besides the employee grain: kept by that grain until the erasure
/// completes, so a retry after a failure finds everything that is left.
/// </summary>
[GenerateSerializer, Immutable, Alias("leadplatform.EmployeeErasurePlan")]
public sealed record EmployeeErasurePlan(
    [property: Id(0)] string TeamId,
    [property: Id(1)] string[] SessionIds,
    [property: Id(2)] string[] ApiKeyIds,
    [property: Id(3)] string[] FormerTeamIds);
