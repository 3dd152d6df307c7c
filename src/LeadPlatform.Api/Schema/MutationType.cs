using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using LeadPlatform.Abstractions.Errors;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Abstractions.Security;
using LeadPlatform.Api.Schema.Types;
using LeadPlatform.Api.Security;
using LeadPlatform.Domain.Identity;
using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Api.Schema;

public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";

        Field<NonNullGraphType<ConsultancyType>>("createConsultancy").Authorize(Policies.PlatformAdminOnly)
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .ResolveAsync(async c => await c.Grains().GetGrain<IConsultancyGrain>(EntityId.New(EntityKinds.Consultancy))
                .Create(c.GetArgument<string>("name")));

        Field<NonNullGraphType<OrganisationType>>("createOrganisation").Authorize(Policies.CreateOrganisation)
            .Description("A client of the given consultancy, or a direct customer when consultancyId is omitted.")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .Argument<IdGraphType>("consultancyId")
            .ResolveAsync(async c =>
            {
                var name = c.GetArgument<string>("name");
                return c.GetArgument<string?>("consultancyId") is { } consultancyId
                    ? await c.Grains().GetGrain<IConsultancyGrain>(Require.RootId(consultancyId, EntityKinds.Consultancy, "Consultancy")).CreateOrganisation(name)
                    : await c.Grains().GetGrain<IOrganisationGrain>(EntityId.New(EntityKinds.Organisation)).Create(name, null);
            });

        Field<NonNullGraphType<TeamType>>("addTeam").Authorize(Policies.ManageStructure("organisationId"))
            .Argument<NonNullGraphType<IdGraphType>>("organisationId")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .ResolveAsync(async c => await c.Grains()
                .GetGrain<IOrganisationGrain>(Require.RootId(c.GetArgument<string>("organisationId"), EntityKinds.Organisation, "Organisation"))
                .AddTeam(c.GetArgument<string>("name")));

        Field<NonNullGraphType<ManagerType>>("addManager").Authorize(Policies.ManageStructure("teamId"))
            .Description("Adds the manager who leads the team.")
            .Argument<NonNullGraphType<IdGraphType>>("teamId")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .ResolveAsync(async c => await Team(c, "teamId").AddManager(c.GetArgument<string>("name")));

        Field<NonNullGraphType<EmployeeType>>("addEmployee").Authorize(Policies.ManageStructure("teamId"))
            .Argument<NonNullGraphType<IdGraphType>>("teamId")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .ResolveAsync(async c => await Team(c, "teamId").AddEmployee(c.GetArgument<string>("name")));

        Field<NonNullGraphType<AssessmentType>>("assessEmployee").Authorize(Policies.ManagerOfEmployee("employeeId"))
            .Description("Records how able and committed the employee is on one task.")
            .Argument<NonNullGraphType<IdGraphType>>("employeeId")
            .Argument<NonNullGraphType<StringGraphType>>("task")
            .Argument<NonNullGraphType<CompetenceType>>("competence")
            .Argument<NonNullGraphType<CommitmentType>>("commitment")
            .ResolveAsync(async c => await c.Grains()
                .GetGrain<IEmployeeGrain>(Require.Key(c.GetArgument<string>("employeeId"), EntityKinds.Employee, "Employee").ToString())
                .Assess(c.GetArgument<string>("task"), c.GetArgument<Competence>("competence"), c.GetArgument<Commitment>("commitment")));

        Field<NonNullGraphType<TeamType>>("setTeamCrisis").Authorize(Policies.LeadOrManageTeam("teamId"))
            .Description("Starts or lifts a crisis: while active every member's recommendation is DIRECTING.")
            .Argument<NonNullGraphType<IdGraphType>>("teamId")
            .Argument<NonNullGraphType<BooleanGraphType>>("active")
            .Argument<StringGraphType>("reason")
            .ResolveAsync(async c => await Team(c, "teamId").SetCrisis(c.GetArgument<bool>("active"),
                c.GetArgument<string?>("reason") is { } reason ? Inputs.Text(reason, "reason") : null));

        Field<NonNullGraphType<ApiKeyType>>("issueApiKey").Authorize(Policies.KeyManagement)
            .Description("Issues a key for a role in a tenant; the key text is returned once.")
            .Argument<NonNullGraphType<IdGraphType>>("tenantId")
            .Argument<NonNullGraphType<RoleType>>("role")
            .Argument<IdGraphType>("subjectId", "The manager or employee the key speaks for (MANAGER and EMPLOYEE keys).")
            .ResolveAsync(async c =>
            {
                var principal = await c.RequestServices!.GetRequiredService<KeyIssuingRules>().CheckNewKey(
                    c.Guard(), c.GetArgument<string>("tenantId"), c.GetArgument<Role>("role"), c.GetArgument<string?>("subjectId"));
                return await c.RequestServices!.GetRequiredService<ApiKeyIssuer>().IssueAsync(principal);
            });

        Field<NonNullGraphType<BooleanGraphType>>("revokeApiKey").Authorize(Policies.KeyManagement)
            .Description("Revokes a key at once, everywhere.")
            .Argument<NonNullGraphType<IdGraphType>>("keyId")
            .ResolveAsync(async c =>
            {
                var keyId = c.GetArgument<string>("keyId");
                var key = c.Grains().GetGrain<IApiKeyGrain>(EntityId.IsValidPart(keyId) ? keyId : "key-invalid");
                if (await key.GetPrincipal() is not { } holder
                    || !await c.RequestServices!.GetRequiredService<KeyIssuingRules>().MayManageKeyFor(c.Guard(), holder))
                    throw PlatformException.NotFound("API key", keyId);
                return await key.Revoke();
            });
    }

    private static ITeamGrain Team(IResolveFieldContext c, string argument) =>
        c.Grains().GetGrain<ITeamGrain>(Require.Key(c.GetArgument<string>(argument), EntityKinds.Team, "Team").ToString());
}
