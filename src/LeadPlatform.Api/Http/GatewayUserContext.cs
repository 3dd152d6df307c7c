using LeadPlatform.Abstractions.Security;
using LeadPlatform.Api.Security;

namespace LeadPlatform.Api.Http;

/// <summary>The GraphQL user context of one request: the authenticated principal and the request's access guard.</summary>
public sealed class GatewayUserContext : Dictionary<string, object?>
{
    public GatewayUserContext(Principal principal, AccessGuard guard)
    {
        Principal = principal;
        // Bound once here: fields used to take it from the request's services each (a locked lookup in the request scope,
        // contended when the ~50 fields of a team resolve in parallel).
        guard.Bind(principal);
        Guard = guard;
    }

    public Principal Principal { get; }

    public AccessGuard Guard { get; }
}
