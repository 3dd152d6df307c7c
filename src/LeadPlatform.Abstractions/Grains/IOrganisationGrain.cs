using LeadPlatform.Abstractions.Model;
using Orleans.Concurrency;

namespace LeadPlatform.Abstractions.Grains;

/// <summary>An organisation (a SaaS customer or a consultancy's client). Key: its id <c>org-…</c>; it is a tenant root.</summary>
[Alias("leadplatform.IOrganisationGrain")]
public interface IOrganisationGrain : ITenantOwnedGrain
{
    /// <summary>
    /// Creates the organisation; an existing one made with the same name and consultancy (a keyed retry) is answered as it is.
    /// </summary>
    [Alias("Create")] Task<OrganisationInfo> Create(string name, string? consultancyId);

    [Alias("Get")] Task<OrganisationInfo?> Get();

    /// <summary>Adds a team. With an <paramref name="idempotencyKey"/>, a retry answers the team the first attempt added.</summary>
    [Alias("AddTeam")] Task<TeamInfo> AddTeam(string name, string? idempotencyKey = null);

    /// <summary>
    /// Renames one of its teams; CONFLICT when another team has the name (case-insensitive), NOT_FOUND when the team is
    /// not the organisation's. Renaming to the current name changes nothing.
    /// </summary>
    [Alias("RenameTeam")] Task<TeamInfo> RenameTeam(string teamId, string name);

    /// <summary>
    /// Moves one of its employees to another of its teams: the new team's manager leads them from then on, the former one
    /// no longer reaches them (the sessions they held together stay with the two of them). NOT_FOUND for a team or an
    /// employee that is not the organisation's; CONFLICT when archived. A move of the employee that failed halfway is
    /// finished first (see <see cref="FinishUnfinishedMove"/>), so a retry finishes it. Moving to the current team changes
    /// nothing, also once archived (a retry of a move that happened is answered).
    /// </summary>
    [Alias("MoveEmployee")] Task<EmployeeInfo> MoveEmployee(string employeeId, string toTeamId);

    /// <summary>
    /// Finishes the employee's move that failed halfway, if there is one: asked by the employee itself at a reminder, so a
    /// move nobody retries is finished too. Repeatable.
    /// </summary>
    [Alias("FinishUnfinishedMove")] Task FinishUnfinishedMove(string employeeId);

    /// <summary>Onboarding: creates the teams, managers and employees of the rows that do not exist yet, by name.</summary>
    [Alias("ImportStructure")] Task<ImportResult> ImportStructure(ImportTeamRows[] teams);

    /// <summary>
    /// The consultancy that manages this organisation (null for a direct customer or an unknown id).
    /// Interleaves because the silo's tenant check asks it while a call to this very grain waits.
    /// </summary>
    [AlwaysInterleave, Alias("GetConsultancyId")] Task<string?> GetConsultancyId();

    /// <summary>
    /// The consultancy's id and name, or null for a direct customer: read here, so that the organisation's people, who may
    /// not read the consultancy (its other clients), learn who manages them. Interleaves, as a read, so it does not keep
    /// the organisation from its own calls while it waits on the consultancy.
    /// </summary>
    [AlwaysInterleave, Alias("GetManagingConsultancy")] Task<ManagingConsultancy?> GetManagingConsultancy();

    /// <summary>Hands the client over: it no longer belongs to a consultancy, which loses access at once.</summary>
    [Alias("Detach")] Task<OrganisationInfo> Detach();

    /// <summary>Records a leadership programme for this organisation's managers; CONFLICT when archived.</summary>
    [Alias("RecordProgramme")] Task<ProgrammeInfo> RecordProgramme(string name, DateOnly[] trainingDates, Domain.Programmes.ManagerTrack[] tracks, string? idempotencyKey = null);

    /// <summary>Deletes one of the organisation's programmes; NOT_FOUND when it has no such programme.</summary>
    [Alias("DeleteProgramme")] Task DeleteProgramme(string programmeId);

    /// <summary>Freezes the organisation's structure: its data stays readable, its people's coaching goes on.</summary>
    [Alias("Archive")] Task<OrganisationInfo> Archive();
}
