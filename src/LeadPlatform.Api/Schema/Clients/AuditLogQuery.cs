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
                var size = Paging.Size(c.GetArgument<int?>("first"));
                var log = c.Grains().GetGrain<IAuditLogGrain>(organisationId);
                var (olderThan, oldPosition) = c.GetArgument<string?>("after") is { } after ? Paging.AuditCursor(after) : (null, null);
                var page = oldPosition is { } position ? await log.Page(position + 1, size) : await log.PageBelow(olderThan, size);
                var edges = page.Entries.Select((entry, i) => (entry, Paging.SequenceCursor(page.SequenceOf(i)))).ToArray();
                return Paging.Assemble(edges, page.Total, hasPrevious: page.Position > 0, hasNext: page.Position + edges.Length < page.Total,
                    edges.FirstOrDefault().Item2, edges.LastOrDefault().Item2);
            });
}
