using LeadPlatform.Abstractions.Errors;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Abstractions.Security;
using LeadPlatform.Domain.Identity;
using LeadPlatform.Grains.State;

namespace LeadPlatform.Grains;

public sealed class ApiKeyGrain(
    [PersistentState("apikey")] IPersistentState<ApiKeyState> state,
    TimeProvider time) : Grain, IApiKeyGrain
{
    public async Task Register(string secretHash, Principal principal)
    {
        if (state.RecordExists)
            throw PlatformException.Conflict(state.State.Principal is null
                ? "This key was revoked before it was issued (its client organisation was handed over): issue a new one."
                : "This key id is already in use.");
        // The employee learns of the key first, so a GDPR erasure of the employee always finds it (NOT_FOUND when being erased).
        if (principal is { Role: Role.Employee, SubjectId: { } employeeId })
            await GrainFactory.GetGrain<IEmployeeGrain>(employeeId).AddApiKey(this.GetPrimaryKeyString());
        state.State = new ApiKeyState { SecretHash = secretHash, Principal = principal, IssuedAt = time.GetUtcNow() };
        await state.WriteStateAsync();
    }

    public Task<Principal?> Authenticate(string secretHash) => Task.FromResult(
        state.State is { SecretHash: { } stored, RevokedAt: null } && ApiKeyText.HashesEqual(stored, secretHash)
            ? state.State.Principal
            : null);

    public Task<Principal?> GetPrincipal() => Task.FromResult(state.RecordExists ? state.State.Principal : null);

    public async Task<bool> Revoke()
    {
        if (!state.RecordExists)
        {
            // A client's key listed for its hand-over whose registration has not arrived yet (IClientKeysGrain): it never
            // will, so a hand-over racing an issue cannot leave a live key behind.
            state.State = new ApiKeyState { RevokedAt = time.GetUtcNow() };
            await state.WriteStateAsync();
            return false;
        }
        state.State.RevokedAt ??= time.GetUtcNow();
        await state.WriteStateAsync();
        await DropFromGatewayCaches(); // also when it was revoked already: a retry after a failed notice finishes the job
        return true;
    }

    public Task<ApiKeyRecord?> GetRecord() => Task.FromResult(state.RecordExists && state.State.Principal is { } principal
        ? new ApiKeyRecord(this.GetPrimaryKeyString(), principal, state.State.IssuedAt, state.State.RevokedAt)
        : null);

    public async Task Forget()
    {
        if (state.RecordExists) await state.ClearStateAsync();
        await DropFromGatewayCaches(); // also when it was gone already: a retried erasure finishes a failed notice
    }

    /// <summary>Returns once no gateway can authenticate the key from its cache any more.</summary>
    private Task DropFromGatewayCaches() =>
        GrainFactory.GetGrain<IApiKeyChangeHubGrain>(IApiKeyChangeHubGrain.Key).KeyChanged(this.GetPrimaryKeyString());
}
