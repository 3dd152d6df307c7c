namespace LeadPlatform.Abstractions.Grains;

/// <summary>
/// Every tenant root of one kind, in the order listed: what the platform admin pages through to find a consultancy or an
/// organisation whose id was not kept. Key: the kind (<see cref="Model.EntityKinds.Consultancy"/> or
/// <see cref="Model.EntityKinds.Organisation"/>). Ids only: names stay with the tenant.
/// </summary>
[Alias("leadplatform.ITenantDirectoryGrain")]
public interface ITenantDirectoryGrain : IGrainWithStringKey
{
    /// <summary>Lists the tenant once; repeating it (a retry, an older tenant at its activation) changes nothing.</summary>
    [Alias("List")] Task List(string tenantId);

    /// <summary>The listed ids, in the order listed (the order made, for tenants made since the directory exists).</summary>
    [Alias("Ids")] Task<string[]> Ids();
}
