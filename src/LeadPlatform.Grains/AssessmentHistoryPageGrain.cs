using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Grains.State;

namespace LeadPlatform.Grains;

public sealed class AssessmentHistoryPageGrain([PersistentState("historypage")] IPersistentState<AssessmentHistoryPageState> state)
    : Grain, IAssessmentHistoryPageGrain
{
    public async Task Write(int page, Assessment[] entries)
    {
        state.State.Page = page;
        state.State.Entries = entries;
        await state.WriteStateAsync();
        SealedPage.LeaveMemory(this);
    }

    public Task<Assessment[]> Read(int page) =>
        Task.FromResult(state.RecordExists && state.State.Page == page ? state.State.Entries : []);

    public async Task Clear()
    {
        if (state.RecordExists) await state.ClearStateAsync();
        DeactivateOnIdle();
    }
}
