namespace LeadPlatform.Abstractions.Grains;

/// <summary>
/// Marks grains whose key starts with a tenant (organisation or consultancy) id. The silo refuses calls
/// from outside the cluster to such a grain when the caller's tenant cannot reach that tenant.
/// </summary>
public interface ITenantOwnedGrain : IGrainWithStringKey;
