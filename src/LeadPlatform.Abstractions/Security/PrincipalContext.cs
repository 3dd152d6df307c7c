namespace LeadPlatform.Abstractions.Security;

/// <summary>
/// Carries the caller's principal in Orleans' <see cref="RequestContext"/>, so it flows with every grain
/// call of a request and the silo can check tenancy on its side too.
/// </summary>
public static class PrincipalContext
{
    private const string Key = "lp.principal";

    public static void Set(Principal principal) => RequestContext.Set(Key, principal);

    /// <summary>The principal of the current call chain; null for internal calls (start-up, timers).</summary>
    public static Principal? Current => RequestContext.Get(Key) as Principal;
}
