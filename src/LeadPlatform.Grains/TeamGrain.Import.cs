using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Domain.Identity;

namespace LeadPlatform.Grains;

public sealed partial class TeamGrain
{
    /// <summary>
    /// Adds what the rows name and the team lacks, matching people by name (case-insensitive), so importing
    /// the same file twice creates nothing new. A row naming another manager than the team's is reported.
    /// </summary>
    public async Task<ImportResult> ImportMembers(ImportMemberRow[] rows)
    {
        EnsureExists();
        EnsureStructureChangeable();
        var errors = new List<ImportRowError>();
        var managersCreated = 0;

        var currentManager = state.State.ManagerId is { } managerId ? (await GrainFactory.GetGrain<IManagerGrain>(managerId).Get())?.Name : null;
        foreach (var row in rows.Where(r => r.Manager is not null))
        {
            if (currentManager is null)
            {
                currentManager = (await AddManager(row.Manager!, IdempotencyKey.ForImportedName(row.Manager!))).Name;
                managersCreated++;
            }
            else if (!SameName(currentManager, row.Manager!))
                errors.Add(new(row.Line, $"Team '{state.State.Name}' is led by {currentManager}, not {row.Manager}; the row was skipped."));
        }

        var skipped = errors.Select(e => e.Line).ToHashSet();
        var existing = (await Task.WhenAll(state.State.EmployeeIds.Select(id => GrainFactory.GetGrain<IEmployeeGrain>(id).Get())))
            .Where(e => e is not null).Select(e => e!.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var wanted = rows.Where(r => r.Employee is not null && !skipped.Contains(r.Line) && existing.Add(r.Employee)).ToArray();
        var imported = await Task.WhenAll(wanted.Select(r => ImportEmployee(r.Employee!)));
        // Someone this file made here before and who has moved since stays where they went: the file does not undo a move.
        errors.AddRange(wanted.Zip(imported).Where(pair => pair.Second.TeamId != Id)
            .Select(pair => new ImportRowError(pair.First.Line, $"{pair.First.Employee} has moved to team '{pair.Second.TeamId}' since an earlier import; the row was skipped.")));
        var created = imported.Where(e => e.TeamId == Id).ToArray();
        if (created.Length > 0)
        {
            state.State.EmployeeIds.AddRange(created.Select(e => e.Id));
            await state.WriteStateAsync();
        }
        return new ImportResult(0, managersCreated, created.Length, [.. errors]);
    }

    /// <summary>
    /// The employee an import names, under the id its name derives: the one an earlier attempt made if it failed before the
    /// team listed it (such a person would otherwise stay stored, listed nowhere, out of reach of export and erasure), or
    /// that an earlier import made and a move took to another team (its <see cref="EmployeeInfo.TeamId"/> says so).
    /// </summary>
    private async Task<EmployeeInfo> ImportEmployee(string name)
    {
        var employeeId = ChildId(EntityKinds.Employee, IdempotencyKey.ForImportedName(name));
        // An erased person named again is a new employee, as a new key makes one (the erased id stays unusable).
        if (state.State.ErasedEmployeeIds.Contains(employeeId)) return await CreateEmployee(ChildId(EntityKinds.Employee, null), name);
        return await GrainFactory.GetGrain<IEmployeeGrain>(employeeId).Get() ?? await CreateEmployee(employeeId, name);
    }

    private static bool SameName(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
