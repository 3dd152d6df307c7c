using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Grains.State;

namespace LeadPlatform.Grains;

public sealed class PlatformGrain([PersistentState("platform")] IPersistentState<PlatformState> state) : Grain, IPlatformGrain
{
    public Task<bool> IsAdminBootstrapped() => Task.FromResult(state.State.AdminBootstrapped);

    public async Task<bool> ClaimAdminBootstrap()
    {
        if (state.State.AdminBootstrapped) return false;
        state.State.AdminBootstrapped = true;
        await state.WriteStateAsync();
        return true;
    }

    public async Task<bool> ClaimDemoSeed()
    {
        if (state.State.DemoSeeded) return false;
        state.State.DemoSeeded = true;
        await state.WriteStateAsync();
        return true;
    }

    public Task Ping() => Task.CompletedTask;
}
