namespace LeadPlatform.Domain.Leadership.Fit;

/// <summary>
/// One interaction of a manager with a report: the hat worn, the style the report's level called for at
/// that moment (null when the report was never assessed) and whether the hat fitted it (null when unknown).
/// </summary>
public sealed record Interaction(string EmployeeId, Hat Hat, DateTimeOffset At, LeadershipStyle? Recommended, bool? Fits);
