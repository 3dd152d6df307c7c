using LeadPlatform.Abstractions.Security;

namespace LeadPlatform.Api.Http;

/// <summary>The GraphQL user context of one request: the authenticated principal.</summary>
public sealed class GatewayUserContext(Principal principal) : Dictionary<string, object?>
{
    public Principal Principal { get; } = principal;
}
