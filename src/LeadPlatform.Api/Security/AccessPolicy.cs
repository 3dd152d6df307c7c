using GraphQL;
using LeadPlatform.Abstractions.Security;

namespace LeadPlatform.Api.Security;

/// <summary>
/// Who may resolve a field: the roles that may try, and a scope check on the arguments or the parent
/// object. Declared on the field in the schema; enforced by <see cref="AuthorizationMiddleware"/>.
/// </summary>
public sealed record AccessPolicy(string Name, IReadOnlySet<Role> Roles, Func<IResolveFieldContext, AccessGuard, ValueTask<bool>>? Scope = null)
{
    public const string MetadataKey = "leadplatform.access";
}
