namespace LeadPlatform.Abstractions.Security;

/// <summary>
/// Carries the caller's principal in Orleans' <see cref="RequestContext"/> from the gateway's client into the silo,
/// so the silo can check tenancy on its side too. The silo drops it once checked (<see cref="Clear"/>).
/// </summary>
public static class PrincipalContext
{
    private const string Key = "lp.principal";

    public static void Set(Principal principal) => RequestContext.Set(Key, principal);

    /// <summary>
    /// Drops the principal from the current call: the grain's own calls onward are the platform's work, and without it
    /// Orleans copies nothing into each of them and back out of each response.
    /// </summary>
    public static void Clear() => RequestContext.Remove(Key);

    /// <summary>The principal of a call from outside the cluster; null for internal calls (grain to grain, start-up, timers).</summary>
    public static Principal? Current => RequestContext.Get(Key) as Principal;
}
