using System.Collections.Concurrent;

namespace LeadPlatform.Api.Schema;

/// <summary>
/// The team of each employee this gateway has read, so that reading an employee with its advice can go to the team's
/// copy of its members' advice (<c>ITeamGrain.GetMemberWithRecommendation</c>) instead of the employee's own activation:
/// a few hundred team activations then serve the reads of thousands of employees, and a young collection has that much
/// less to scan (docs/PERFORMANCE.md, seventeenth round). Only which team, never an answer: the team's copy is never
/// stale, and who may see it is judged by the team the copy names (the employee's own answer). An employee erased, or
/// moved to another team, is no longer the team's member, which the team says: the read goes to the employee as before,
/// and the entry learns the new team. Emptied when full.
/// </summary>
public sealed class EmployeeTeamCache
{
    /// <summary>About 20 MB at most; more employees than this are read through their own activations until it refills.</summary>
    public const int MaxEntries = 100_000;

    private readonly ConcurrentDictionary<string, string> teams = new(StringComparer.Ordinal);

    public string? Find(string employeeId) => teams.GetValueOrDefault(employeeId);

    /// <summary>Called after a read from the employee itself, so only for employees not found here.</summary>
    public void Store(string employeeId, string teamId)
    {
        if (teams.Count >= MaxEntries) teams.Clear();
        teams[employeeId] = teamId;
    }
}
