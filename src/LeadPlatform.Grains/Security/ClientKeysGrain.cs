using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Grains.State;

namespace LeadPlatform.Grains.Security;

/// <inheritdoc cref="IClientKeysGrain"/>
public sealed class ClientKeysGrain([PersistentState("clientkeys")] IPersistentState<ClientKeysState> state) : Grain, IClientKeysGrain
{
    public async Task Add(string keyId)
    {
        if (state.State.KeyIds.Contains(keyId)) return;
        state.State.KeyIds.Add(keyId);
        await state.WriteStateAsync();
    }

    public async Task RevokeAll()
    {
        var keyIds = state.State.KeyIds;
        if (keyIds.Count == 0) return;
        // A listed id whose registration has not arrived (or failed) gets a revoked record, so it can never be registered.
        // Revoking twice is harmless, so a retry after a failure here revokes what is left; the list empties once all are.
        await Task.WhenAll(keyIds.Select(id => GrainFactory.GetGrain<IApiKeyGrain>(id).Revoke()));
        keyIds.Clear();
        await state.WriteStateAsync();
    }
}
