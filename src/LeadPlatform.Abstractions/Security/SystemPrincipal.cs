namespace LeadPlatform.Abstractions.Security;

/// <summary>The principal of the platform's own start-up work (bootstrap, demo seeding), never of a request.</summary>
public static class SystemPrincipal
{
    public static readonly Principal Instance = new(Principal.PlatformTenant, Role.PlatformAdmin, "system");
}
