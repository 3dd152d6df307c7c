namespace LeadPlatform.Abstractions.Model;

/// <summary>
/// Who did what, when, to which tenant. <see cref="Details"/> holds ids, roles and flags only, never
/// free text such as names, so erasing a person leaves no trace of them here.
/// </summary>
[GenerateSerializer, Immutable, Alias("leadplatform.AuditEntry")]
public sealed record AuditEntry(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string ActorTenantId,
    [property: Id(2)] string ActorRole,
    [property: Id(3)] string? ActorSubjectId,
    [property: Id(4)] string Action,
    [property: Id(5)] string? TargetId,
    [property: Id(6)] string Details);
