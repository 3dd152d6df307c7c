using LeadPlatform.Abstractions.Errors;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;

namespace LeadPlatform.Grains;

/// <summary>
/// The team's copy of what each member's current advice depends on, so a whole team is read in one call instead of one
/// per member. Kept in memory only (a new activation starts empty and asks its members) and never served stale: a
/// member forgets its copy here before it saves a change and hands the new copy over after the save, so an
/// acknowledged change is always either in the copy or makes the team ask the member. A failed hand-over only costs
/// asking the member again.
/// </summary>
public sealed partial class TeamGrain
{
    private readonly Dictionary<string, MemberAdvice> memberAdvice = [];

    /// <summary>Counts forgets and hand-overs: a copy asked for while one happened may be older than it, and is not kept.</summary>
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

    public Task RememberMemberAdvice(MemberAdvice advice)
    {
        memberAdviceChanges++;
        // Only members' copies are kept (the list bounds the memory); anyone else's is ignored.
        if (state.RecordExists && advice.Employee.TeamId == Id && state.State.EmployeeIds.Contains(advice.Employee.Id))
            memberAdvice[advice.Employee.Id] = advice;
        return Task.CompletedTask;
    }

    private void ForgetMember(string employeeId)
    {
        memberAdviceChanges++;
        memberAdvice.Remove(employeeId);
    }
}
