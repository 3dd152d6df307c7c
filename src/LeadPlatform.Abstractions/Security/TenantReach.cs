namespace LeadPlatform.Abstractions.Security;

/// <summary>
/// Which tenants a principal may reach: the platform admin all, everyone their own tenant, and a
/// consultant also the client organisations of its consultancy. Shared by the gateway and the silo filter.
/// </summary>
public static class TenantReach
{
    /// <param name="consultancyOfOrganisation">Looks up the consultancy that manages an organisation.</param>
    public static async ValueTask<bool> CanReach(Principal principal, string tenantId, Func<string, Task<string?>> consultancyOfOrganisation)
    {
        if (principal.Role == Role.PlatformAdmin || principal.TenantId == tenantId) return true;
        return principal.Role == Role.Consultant
            && tenantId.StartsWith("org-", StringComparison.Ordinal)
            && await consultancyOfOrganisation(tenantId) == principal.TenantId;
    }

    /// <summary>The tenant part of a grain key or external id (the whole text for tenant roots).</summary>
    public static string TenantOf(string key)
    {
        var slash = key.IndexOf('/');
        return slash < 0 ? key : key[..slash];
    }
}
