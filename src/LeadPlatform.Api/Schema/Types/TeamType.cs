using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using LeadPlatform.Abstractions.Errors;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Api.Schema.Adoption;
using LeadPlatform.Api.Security;
using LeadPlatform.Domain.Teams;

namespace LeadPlatform.Api.Schema.Types;

public sealed class TeamType : ObjectGraphType<TeamInfo>
{
    public TeamType()
    {
        Name = "Team";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<OrganisationType>>("organisation").ResolveAsync(async c => await c.Reader().Organisation(c.Source.OrganisationId));
        Field<ManagerType>("manager").ResolveAsync(async c => c.Source.ManagerId is { } id ? await c.Reader().Manager(id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EmployeeType>>>>("employees")
            .ResolveAsync(async c => await c.Prefetch().TeamMembers(c, c.Reader(), c.Source));
        Field<NonNullGraphType<ConnectionType<EmployeeType, EdgeType<EmployeeType>>>>("employeesConnection")
            .Description("The team's employees, a page at a time (Relay cursor pagination).")
            .PageArguments()
            .ResolveAsync(async c => await Paging.Page(c, c.Source.EmployeeIds, c.Reader().Employee, c.Guard().CanSee));
        Field<NonNullGraphType<BooleanGraphType>>("crisis")
            .Description("True while the team is in crisis: every member's recommendation is DIRECTING.")
            .Resolve(c => c.Source.Crisis is not null);
        Field<StringGraphType>("crisisReason").Resolve(c => c.Source.Crisis?.Reason);
        Field<DateTimeOffsetGraphType>("crisisSince").Resolve(c => c.Source.Crisis?.Since);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PulseReadingType>>>>("pulse")
            .Description("Energy and engagement over time, oldest first (the newest 104 readings are kept).")
            .Argument<IntGraphType>("last", "Only the newest readings, this many.")
            .ResolveAsync(async c =>
            {
                var pulse = await c.Grains().GetGrain<ITeamGrain>(c.Source.Id).GetPulse();
                if (c.GetArgument<int?>("last") is not { } last) return pulse;
                if (last is < 1 or > PulseScale.MaxReadings)
                    throw PlatformException.BadInput("last", $"must be from 1 to {PulseScale.MaxReadings} (the readings a team keeps)");
                return pulse.TakeLast(last).ToArray();
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TeamSessionType>>>>("teamSessions")
            .Description("Team coaching sessions, oldest first.")
            .ResolveAsync(async c => await EntityReader.All(await c.Grains().GetGrain<ITeamGrain>(c.Source.Id).GetTeamSessionIds(), c.Reader().TeamSession));
        this.AdoptionField(Policies.AggregatesOfTeam, c => c.Grains().GetGrain<IAdoptionRollupGrain>(c.Source.Id));
    }
}
