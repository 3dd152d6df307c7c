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
        var copies = await Copies(members);
        return [.. members.Select((id, i) => copies[i]?.WithAdviceFor(task) ?? throw PlatformException.NotFound("Employee", id))];
    }

    public Task<EmployeeWithAdvice?> GetMemberWithRecommendation(string employeeId, string task)
    {
        if (!state.RecordExists) return Task.FromResult<EmployeeWithAdvice?>(null);
        // The copy at hand, answered in this turn: the common case, read after read. Only members have one (a member that
        // leaves is forgotten), so the search of the member list is left to the others: it was ~1 % of (b)'s CPU.
        if (memberAdvice.TryGetValue(employeeId, out var copy)) return Task.FromResult<EmployeeWithAdvice?>(copy.WithAdviceFor(task));
        if (!state.State.EmployeeIds.Contains(employeeId)) return Task.FromResult<EmployeeWithAdvice?>(null);
        return AskedOnce();

        async Task<EmployeeWithAdvice?> AskedOnce() => (await Copies([employeeId]))[0]?.WithAdviceFor(task);
    }

    /// <summary>
    /// The copies of <paramref name="members"/>' advice, asking those the team has none of (null for one that no longer
    /// exists). What they answer is kept unless a member forgot its copy while they were asked.
    /// </summary>
    private async Task<MemberAdvice?[]> Copies(string[] members)
    {
        // Taken now, in this turn: a member may forget its copy while the others are asked below.
        var copies = members.Select(id => memberAdvice.GetValueOrDefault(id)).ToArray();
        var missing = Enumerable.Range(0, members.Length).Where(i => copies[i] is null).ToArray();
        if (missing.Length == 0) return copies;
        var changesBefore = memberAdviceChanges;
        var answers = await Task.WhenAll(missing.Select(i => GrainFactory.GetGrain<IEmployeeGrain>(members[i]).GetMemberAdvice()));
        var unchanged = memberAdviceChanges == changesBefore;
        for (var j = 0; j < missing.Length; j++)
        {
            var (i, answer) = (missing[j], answers[j]);
            copies[i] = answer;
            if (unchanged && answer is not null && state.State.EmployeeIds.Contains(members[i])) memberAdvice[members[i]] = answer;
        }
        return copies;
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
