using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Grains.State;

namespace LeadPlatform.Grains;

public sealed class AssessmentHistoryPageGrain([PersistentState("historypage")] IPersistentState<AssessmentHistoryPageState> state)
    : SealedPageGrain<Assessment, AssessmentHistoryPageState>(state), IAssessmentHistoryPageGrain;
