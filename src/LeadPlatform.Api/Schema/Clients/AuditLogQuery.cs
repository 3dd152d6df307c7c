using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using LeadPlatform.Abstractions.Errors;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Api.Security;

namespace LeadPlatform.Api.Schema.Clients;

/// <summary><c>auditLog(organisationId, first, after)</c>: the organisation's audit entries, newest first, a page at a time.</summary>
internal static class AuditLogQuery
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ConnectionType<AuditEntryType, EdgeType<AuditEntryType>>>>("auditLog")
            .Description("Keys issued and revoked, exports and erasures, structure changes: for org admins and the platform admin.")
            .Authorize(Policies.AuditLogOf("organisationId"))
            .Argument<NonNullGraphType<IdGraphType>>("organisationId")
            .PageArguments()
            .ResolveAsync(async c =>
            {
                var organisationId = Require.RootId(c.GetArgument<string>("organisationId"), EntityKinds.Organisation, "Organisation");
                var (skip, size) = Paging.Window(c.GetArgument<int?>("first"), c.GetArgument<string?>("after"));
                var page = await c.Grains().GetGrain<IAuditLogGrain>(organisationId).Page(skip, size);
                return Paging.Assemble(page.Entries.Select((entry, i) => (entry, skip + i)).ToArray(), skip, page.Entries.Length, page.Total);
            });
}
