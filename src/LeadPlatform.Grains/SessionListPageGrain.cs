using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Grains.State;

namespace LeadPlatform.Grains;

public sealed class SessionListPageGrain([PersistentState("sessionpage")] IPersistentState<SessionListPageState> state)
    : SealedPageGrain<string, SessionListPageState>(state), ISessionListPageGrain;
