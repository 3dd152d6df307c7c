using LeadPlatform.Domain.Coaching;

namespace LeadPlatform.Abstractions.Model;

/// <summary>
/// A concrete next step agreed in WILL: what, who, by when and what is needed. Carries the session's
/// manager and employee, because only they may read what it says.
/// </summary>
[GenerateSerializer, Immutable, Alias("leadplatform.ActionItem")]
public sealed record ActionItem(
    [property: Id(0)] string Id,
    [property: Id(1)] string SessionId,
    [property: Id(2)] string ManagerId,
    [property: Id(3)] string EmployeeId,
    [property: Id(4)] string Description,
    [property: Id(5)] ActionOwner Owner,
    [property: Id(6)] string? Needs,
    [property: Id(7)] DateOnly DueDate,
    [property: Id(8)] DateTimeOffset CreatedAt,
    [property: Id(9)] DateTimeOffset? CompletedAt)
{
    public bool Completed => CompletedAt is not null;
}
