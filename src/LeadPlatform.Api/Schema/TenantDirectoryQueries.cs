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
    /// <summary>Tenants are listed from 2026-11-29 on; an older one is listed when it is next activated.</summary>
    private const string OlderTenants = "One made before 2026-11-29 is listed once something next reads it.";

    public static void AddTo(ObjectGraphType query)
    {
        AddList<ConsultancyType, ConsultancyInfo>(query, "consultancies", "Every consultancy, in the order they were made: for the platform admin.",
            EntityKinds.Consultancy, c => c.Reader().Consultancy);
        AddList<OrganisationType, OrganisationInfo>(query, "organisations",
            "Every organisation, in the order they were made: consultancies' clients and direct customers (consultancy null). For the platform admin.",
            EntityKinds.Organisation, c => c.Reader().Organisation);
    }

    private static void AddList<TGraphType, TInfo>(ObjectGraphType query, string name, string description, string kind,
        Func<IResolveFieldContext, Func<string, Task<TInfo>>> reader) where TGraphType : IGraphType =>
        query.Field<NonNullGraphType<ConnectionType<TGraphType, EdgeType<TGraphType>>>>(name)
            .Description($"{description} {OlderTenants}")
            .Authorize(Policies.PlatformAdminOnly)
            .PageArguments()
            .ResolveAsync(async c => await Paging.Page(c, await Directory(c, kind).Ids(), reader(c), item => c.Guard().CanSee(item!)));

    private static ITenantDirectoryGrain Directory(IResolveFieldContext c, string kind) => c.Grains().GetGrain<ITenantDirectoryGrain>(kind);
}
