namespace LeadPlatform.Abstractions.Model;

/// <summary>
/// An employee's move from one team of an organisation to another. The employee belongs to <see cref="ToTeamId"/> from
/// the move's first step; the two teams' member lists follow in the steps after it.
/// </summary>
[GenerateSerializer, Immutable, Alias("leadplatform.EmployeeMove")]
public sealed record EmployeeMove(
    [property: Id(0)] string EmployeeId,
    [property: Id(1)] string FromTeamId,
    [property: Id(2)] string ToTeamId);
