using GraphQL.Types;
using LeadPlatform.Abstractions.Security;

namespace LeadPlatform.Api.Schema.Types;

public sealed class PrincipalType : ObjectGraphType<Principal>
{
    public PrincipalType()
    {
        Name = "Principal";
        Field<NonNullGraphType<IdGraphType>>("tenantId").Resolve(c => c.Source.TenantId);
        Field<NonNullGraphType<RoleType>>("role").Resolve(c => c.Source.Role);
        Field<IdGraphType>("subjectId").Resolve(c => c.Source.SubjectId);
    }
}
