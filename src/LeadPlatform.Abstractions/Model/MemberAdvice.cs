using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Abstractions.Model;

/// <summary>
/// What an employee's current advice depends on (the newest manager assessment per task, keyed by <see cref="TaskKey"/>,
/// and the team's crisis as the employee knows it), so the team can answer for its members in one call. Built fresh
/// for each hand-over and never changed afterwards.
/// </summary>
[GenerateSerializer, Immutable, Alias("leadplatform.MemberAdvice")]
public sealed record MemberAdvice(
    [property: Id(0)] EmployeeInfo Employee,
    [property: Id(1)] bool TeamCrisis,
    [property: Id(2)] IReadOnlyDictionary<string, Assessment> LatestByTask)
{
    /// <summary>The current advice for a task (crisis-aware), or null when the task was never assessed.</summary>
    public StyleAdvice? For(string task) => For(LatestByTask, task, TeamCrisis);

    /// <summary>The employee with its current advice for a task, as the employee itself answers it.</summary>
    public EmployeeWithAdvice WithAdviceFor(string task) => new(Employee, For(task));

    /// <summary>The one rule for current advice, shared by the employee and the team's copy of it.</summary>
    public static StyleAdvice? For(IReadOnlyDictionary<string, Assessment> latestByTask, string task, bool teamCrisis) =>
        latestByTask.TryGetValue(TaskKey.Of(task ?? ""), out var latest)
            ? SituationalLeadershipTable.Recommend(latest.Competence, latest.Commitment, teamCrisis)
            : null;
}
