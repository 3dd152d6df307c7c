using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Api.Schema.Types;
using LeadPlatform.Api.Security;

namespace LeadPlatform.Api.Schema;

/// <summary>
/// <c>consultancies</c> and <c>organisations</c>: every tenant of the platform, oldest first, a page at a time, for the
/// platform admin, who otherwise finds a tenant only by an id it kept.
/// </summary>
internal static class TenantDirectoryQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionType<ConsultancyType, EdgeType<ConsultancyType>>>>("consultancies")
            .Description("Every consultancy, oldest first: for the platform admin.")
            .Authorize(Policies.PlatformAdminOnly)
            .PageArguments()
            .ResolveAsync(async c => await Paging.Page(c, await Directory(c, EntityKinds.Consultancy).Ids(), c.Reader().Consultancy, c.Guard().CanSee));

        query.Field<NonNullGraphType<ConnectionType<OrganisationType, EdgeType<OrganisationType>>>>("organisations")
            .Description("Every organisation, oldest first: consultancies' clients and direct customers (consultancy null). For the platform admin.")
            .Authorize(Policies.PlatformAdminOnly)
            .PageArguments()
            .ResolveAsync(async c => await Paging.Page(c, await Directory(c, EntityKinds.Organisation).Ids(), c.Reader().Organisation, c.Guard().CanSee));
    }

    private static ITenantDirectoryGrain Directory(IResolveFieldContext c, string kind) => c.Grains().GetGrain<ITenantDirectoryGrain>(kind);
}
