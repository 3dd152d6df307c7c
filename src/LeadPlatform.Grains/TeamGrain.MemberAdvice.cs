using LeadPlatform.Abstractions.Errors;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;

namespace LeadPlatform.Grains;

/// <summary>
/// The team's copy of what each member's current advice depends on, so a whole team is read in one call instead of one
/// per member. Kept in memory only (a new activation starts empty and asks its members), taken from the members' own
/// answers only, and never served stale: a member that may have answered tells the team to forget its copy before it
/// saves a change, so after an acknowledged change the team asks the member again. A member that changes again before
/// the team asked does not need to tell it (one call per assessment at most, none in a run of assessments between reads).
/// </summary>
public sealed partial class TeamGrain
{
    private readonly Dictionary<string, MemberAdvice> memberAdvice = [];

    /// <summary>Counts forgets: a copy asked for while a member forgot its own may be older than that member's change, and is not kept.</summary>
    private long memberAdviceChanges;

    public async Task<EmployeeWithAdvice[]> GetMembersWithRecommendation(string task)
    {
        EnsureExists();
        var members = state.State.EmployeeIds.ToArray();
        // Taken now, in this turn: a member may forget its copy while the others are asked below.
        var copies = members.Select(id => memberAdvice.GetValueOrDefault(id)).ToArray();
        var missing = Enumerable.Range(0, members.Length).Where(i => copies[i] is null).ToArray();
        if (missing.Length > 0)
        {
            var changesBefore = memberAdviceChanges;
            var answers = await Task.WhenAll(missing.Select(i => GrainFactory.GetGrain<IEmployeeGrain>(members[i]).GetMemberAdvice()));
            var unchanged = memberAdviceChanges == changesBefore;
            for (var j = 0; j < missing.Length; j++)
            {
                var (i, answer) = (missing[j], answers[j]);
                copies[i] = answer;
                if (unchanged && answer is not null && state.State.EmployeeIds.Contains(members[i])) memberAdvice[members[i]] = answer;
            }
        }
        return [.. members.Select((id, i) => copies[i] is { } advice
            ? new EmployeeWithAdvice(advice.Employee, advice.For(task))
            : throw PlatformException.NotFound("Employee", id))];
    }

    public Task<string?> ForgetMemberAdvice(string employeeId)
    {
        ForgetMember(employeeId);
        return Task.FromResult(state.RecordExists ? state.State.ManagerId : null);
    }

    private void ForgetMember(string employeeId)
    {
        memberAdviceChanges++;
        memberAdvice.Remove(employeeId);
    }
}
