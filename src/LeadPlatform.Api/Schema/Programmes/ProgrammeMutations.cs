using GraphQL;
using GraphQL.Types;
using LeadPlatform.Abstractions.Errors;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Api.Audit;
using LeadPlatform.Api.Security;

namespace LeadPlatform.Api.Schema.Programmes;

/// <summary>Leadership programmes of a client (issue 6 item 4), added to the Mutation type.</summary>
internal static class ProgrammeMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        // Whoever manages the organisation: its consultant records the programme it runs, its org admin one run in-house.
        mutation.Field<NonNullGraphType<ProgrammeType>>("recordProgramme")
            .Description("Records a leadership programme: training days and each manager's track, for Programme.comparison.")
            .Authorize(Policies.ManageStructure("organisationId"))
            .Audited(AuditRule.Result(p => ((ProgrammeInfo)p).Id))
            .Argument<NonNullGraphType<IdGraphType>>("organisationId")
            .Argument<NonNullGraphType<ProgrammeInputType>>("input")
            .IdempotencyKeyArgument()
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ProgrammeInput>("input");
                return await c.Grains().GetGrain<IOrganisationGrain>(Require.RootId(c.GetArgument<string>("organisationId"), EntityKinds.Organisation, "Organisation"))
                    .RecordProgramme(input.Name, [.. input.TrainingDates], input.ManagerTracks(), c.IdempotencyKey());
            });

        mutation.Field<NonNullGraphType<BooleanGraphType>>("deleteProgramme")
            .Description("Deletes a programme recorded by mistake.")
            .Authorize(Policies.ManageStructure("programmeId"))
            .Audited(AuditRule.Argument("programmeId"))
            .Argument<NonNullGraphType<IdGraphType>>("programmeId")
            .ResolveAsync(async c =>
            {
                var key = Require.Key(c.GetArgument<string>("programmeId"), EntityKinds.Programme, "Programme");
                await c.Grains().GetGrain<IOrganisationGrain>(key.TenantId).DeleteProgramme(key.ToString());
                return true;
            });
    }
}
