using GraphQL;
using GraphQL.Types;
using LeadPlatform.Abstractions.Errors;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Api.Audit;
using LeadPlatform.Api.Schema.Types;
using LeadPlatform.Api.Security;

namespace LeadPlatform.Api.Schema.Clients;

/// <summary>Consultancy client lifecycle and onboarding mutations (issue 6), added to the Mutation type.</summary>
internal static class ClientMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ImportResultType>>("importOrganisationStructure")
            .Description("Onboards teams, managers and employees from CSV (columns team, manager, employee; comma or semicolon; every row has all three fields, an empty one for no manager or employee). Idempotent by name.")
            .Authorize(Policies.ManageStructure("organisationId"))
            .Audited(AuditRule.Argument("organisationId"))
            .Argument<NonNullGraphType<IdGraphType>>("organisationId")
            .Argument<NonNullGraphType<StringGraphType>>("csv")
            .ResolveAsync(async c => await StructureImport.Run(Organisation(c), c.GetArgument<string>("csv")));

        mutation.Field<NonNullGraphType<BooleanGraphType>>("detachClient")
            .Description("Hands a client over: its consultancy loses access at once (so nothing of it is returned, and its counts leave the consultancy's adoption), and the keys its consultants issued for the client's people are revoked, as they saw them; the organisation continues as a direct customer, whose org admin (or the platform admin) issues new keys.")
            .Authorize(Policies.ConsultantOfClient("organisationId"))
            .Audited(AuditRule.Argument("organisationId"))
            .Argument<NonNullGraphType<IdGraphType>>("organisationId")
            .ResolveAsync(async c =>
            {
                var organisationId = c.GetArgument<string>("organisationId");
                var organisation = Organisation(c);
                var consultancyId = await organisation.GetConsultancyId()
                    ?? throw (await organisation.Get() is null ? PlatformException.NotFound("Organisation", organisationId)
                        : PlatformException.Conflict($"Organisation '{organisationId}' is a direct customer already: it has no consultancy to be handed over from."));
                await c.Grains().GetGrain<IConsultancyGrain>(consultancyId).DetachOrganisation(organisationId);
                return true;
            });

        mutation.Field<NonNullGraphType<OrganisationType>>("archiveOrganisation")
            .Description("Freezes an organisation's structure for good: no new teams, managers, employees, imports or programmes (CONFLICT). Its data stays readable, and the people already in it go on coaching, assessing and logging; revoke their keys to end that too.")
            .Authorize(Policies.ManageStructure("organisationId"))
            .Audited(AuditRule.Argument("organisationId"))
            .Argument<NonNullGraphType<IdGraphType>>("organisationId")
            .ResolveAsync(async c => await Organisation(c).Archive());
    }

    private static IOrganisationGrain Organisation(IResolveFieldContext c) =>
        c.Grains().GetGrain<IOrganisationGrain>(Require.RootId(c.GetArgument<string>("organisationId"), EntityKinds.Organisation, "Organisation"));
}
