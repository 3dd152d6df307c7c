using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Api.Schema.Types;
using LeadPlatform.Api.Security;

namespace LeadPlatform.Api.Schema;

/// <summary>
/// <c>consultancies</c> and <c>organisations</c>: the platform's tenants in the order they were listed, a page at a time,
/// for the platform admin, who otherwise finds a tenant only by an id it kept.
/// </summary>
internal static class TenantDirectoryQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionType<ConsultancyType, EdgeType<ConsultancyType>>>>("consultancies")
            .Description("Every consultancy, in the order they were made: for the platform admin. One made before 2026-11-29 is listed once something next reads it.")
            .Authorize(Policies.PlatformAdminOnly)
            .PageArguments()
            .ResolveAsync(async c => await Paging.Page(c, await Directory(c, EntityKinds.Consultancy).Ids(), c.Reader().Consultancy, c.Guard().CanSee));

        query.Field<NonNullGraphType<ConnectionType<OrganisationType, EdgeType<OrganisationType>>>>("organisations")
            .Description("Every organisation, in the order they were made: consultancies' clients and direct customers (consultancy null). For the platform admin. One made before 2026-11-29 is listed once something next reads it.")
            .Authorize(Policies.PlatformAdminOnly)
            .PageArguments()
            .ResolveAsync(async c => await Paging.Page(c, await Directory(c, EntityKinds.Organisation).Ids(), c.Reader().Organisation, c.Guard().CanSee));
    }

    private static ITenantDirectoryGrain Directory(IResolveFieldContext c, string kind) => c.Grains().GetGrain<ITenantDirectoryGrain>(kind);
}
