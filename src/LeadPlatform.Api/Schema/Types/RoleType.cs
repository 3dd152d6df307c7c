using GraphQL.Types;
using LeadPlatform.Abstractions.Security;

namespace LeadPlatform.Api.Schema.Types;

public sealed class RoleType : EnumerationGraphType<Role>
{
    public RoleType() => Name = "Role";
}
