using LeadPlatform.Abstractions.Grains;

namespace LeadPlatform.Grains;

/// <summary>
/// How a tenant root gets into the platform admin's directory: once when it is made, and again at every activation
/// (a repeat changes nothing). The second way lists tenants made before the directory existed, and one whose creation
/// failed between its own write and the listing, as soon as anything touches them.
/// </summary>
internal static class TenantDirectory
{
    public static Task List(IGrainFactory grains, string kind, string tenantId) =>
        grains.GetGrain<ITenantDirectoryGrain>(kind).List(tenantId);

    /// <summary>In the background: an activation does not wait for the directory (nor fail with it).</summary>
    public static void ListSoon(IGrainFactory grains, string kind, string tenantId) =>
        _ = List(grains, kind, tenantId).ContinueWith(t => _ = t.Exception, TaskContinuationOptions.OnlyOnFaulted);
}
