using LeadPlatform.Abstractions.Errors;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Grains.State;

namespace LeadPlatform.Grains;

public sealed class ManagerGrain(
    [PersistentState("manager")] IPersistentState<ManagerState> state) : Grain, IManagerGrain
{
    private string Id => this.GetPrimaryKeyString();

    public async Task<ManagerInfo> Create(string name, string teamId)
    {
        if (state.RecordExists) throw PlatformException.Conflict($"Manager '{Id}' already exists.");
        state.State = new ManagerState { Name = Require.Name(name, "name"), TeamId = teamId };
        await state.WriteStateAsync();
        return Info();
    }

    public Task<ManagerInfo?> Get() => Task.FromResult(state.RecordExists ? Info() : null);

    private ManagerInfo Info() => new(Id, state.State.Name!, state.State.TeamId!);
}
