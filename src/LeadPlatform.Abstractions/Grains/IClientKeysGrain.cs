namespace LeadPlatform.Abstractions.Grains;

/// <summary>
/// The API keys a consultancy's consultants issued for the people of one client organisation, keyed by the
/// organisation's id. The consultant saw each key's text when it was issued, so a hand-over of the client
/// (<c>detachClient</c>) revokes them: otherwise the former consultancy could still act as the client's admin or managers.
/// </summary>
[Alias("leadplatform.IClientKeysGrain")]
public interface IClientKeysGrain : ITenantOwnedGrain
{
    /// <summary>Lists a key before it is registered, so a hand-over always finds it; repeating it changes nothing.</summary>
    [Alias("Add")] Task Add(string keyId);

    /// <summary>Revokes every listed key, everywhere (gateway caches included), and empties the list.</summary>
    [Alias("RevokeAll")] Task RevokeAll();
}
