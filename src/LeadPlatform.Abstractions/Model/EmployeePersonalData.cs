namespace LeadPlatform.Abstractions.Model;

/// <summary>
/// Everything the employee grain holds about the person (for a GDPR export): who they are, every manager
/// assessment kept, their own assessments, the ids of their coaching sessions and API keys, and the teams they left.
/// </summary>
[GenerateSerializer, Immutable, Alias("leadplatform.EmployeePersonalData")]
public sealed record EmployeePersonalData(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string TeamId,
    [property: Id(3)] Assessment[] Assessments,
    [property: Id(4)] Assessment[] SelfAssessments,
    [property: Id(5)] string[] SessionIds,
    [property: Id(6)] string[] ApiKeyIds,
    [property: Id(7)] string[] FormerTeamIds);
