using GraphQL;
using GraphQL.Types;
using LeadPlatform.Abstractions.Errors;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Api.Schema.Types;
using LeadPlatform.Domain.Identity;
using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Api.Schema;

public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";

        Field<NonNullGraphType<ConsultancyType>>("createConsultancy")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .ResolveAsync(async c => await c.Grains().GetGrain<IConsultancyGrain>(EntityId.New(EntityKinds.Consultancy))
                .Create(c.GetArgument<string>("name")));

        Field<NonNullGraphType<OrganisationType>>("createOrganisation")
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

        Field<NonNullGraphType<TeamType>>("addTeam")
            .Argument<NonNullGraphType<IdGraphType>>("organisationId")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .ResolveAsync(async c => await c.Grains()
                .GetGrain<IOrganisationGrain>(Require.RootId(c.GetArgument<string>("organisationId"), EntityKinds.Organisation, "Organisation"))
                .AddTeam(c.GetArgument<string>("name")));

        Field<NonNullGraphType<ManagerType>>("addManager")
            .Description("Adds the manager who leads the team.")
            .Argument<NonNullGraphType<IdGraphType>>("teamId")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .ResolveAsync(async c => await Team(c, "teamId").AddManager(c.GetArgument<string>("name")));

        Field<NonNullGraphType<EmployeeType>>("addEmployee")
            .Argument<NonNullGraphType<IdGraphType>>("teamId")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .ResolveAsync(async c => await Team(c, "teamId").AddEmployee(c.GetArgument<string>("name")));

        Field<NonNullGraphType<AssessmentType>>("assessEmployee")
            .Description("Records how able and committed the employee is on one task.")
            .Argument<NonNullGraphType<IdGraphType>>("employeeId")
            .Argument<NonNullGraphType<StringGraphType>>("task")
            .Argument<NonNullGraphType<CompetenceType>>("competence")
            .Argument<NonNullGraphType<CommitmentType>>("commitment")
            .ResolveAsync(async c => await c.Grains()
                .GetGrain<IEmployeeGrain>(Require.Key(c.GetArgument<string>("employeeId"), EntityKinds.Employee, "Employee").ToString())
                .Assess(c.GetArgument<string>("task"), c.GetArgument<Competence>("competence"), c.GetArgument<Commitment>("commitment")));

        Field<NonNullGraphType<TeamType>>("setTeamCrisis")
            .Description("Starts or lifts a crisis: while active every member's recommendation is DIRECTING.")
            .Argument<NonNullGraphType<IdGraphType>>("teamId")
            .Argument<NonNullGraphType<BooleanGraphType>>("active")
            .Argument<StringGraphType>("reason")
            .ResolveAsync(async c => await Team(c, "teamId").SetCrisis(c.GetArgument<bool>("active"),
                c.GetArgument<string?>("reason") is { } reason ? Inputs.Text(reason, "reason") : null));
    }

    private static ITeamGrain Team(IResolveFieldContext c, string argument) =>
        c.Grains().GetGrain<ITeamGrain>(Require.Key(c.GetArgument<string>(argument), EntityKinds.Team, "Team").ToString());
}
