using GraphQL.Types;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Api.Security;

namespace LeadPlatform.Api.Schema.Clients;

public sealed class AuditEntryType : ObjectGraphType<AuditEntry>
{
    public AuditEntryType()
    {
        Name = "AuditEntry";
        Description = "Who did what, when. Details hold ids, roles and flags only, never names or notes.";
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(c => c.Source.At);
        Field<NonNullGraphType<IdGraphType>>("actorTenantId").Resolve(c => c.Source.ActorTenantId);
        Field<NonNullGraphType<StringGraphType>>("actorRole").Description("As the Role enum spells it, e.g. ORG_ADMIN.").Resolve(c => RoleNames.Of(c.Source.ActorRole));
        Field<IdGraphType>("actorSubjectId").Resolve(c => c.Source.ActorSubjectId);
        Field<NonNullGraphType<StringGraphType>>("action").Description("The mutation, e.g. issueApiKey.").Resolve(c => c.Source.Action);
        Field<IdGraphType>("targetId").Resolve(c => c.Source.TargetId);
        Field<NonNullGraphType<StringGraphType>>("details").Resolve(c => c.Source.Details);
    }
}
