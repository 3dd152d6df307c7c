using LeadPlatform.Abstractions.Model;

namespace LeadPlatform.Abstractions.Grains;

public static class CoachingSessionLists
{
    /// <summary>
    /// The sessions a list names, in its order, read concurrently, without ids that have no session: one listed before a
    /// start that failed, or one erased while the list still names it. For the API's session lists and the GDPR export.
    /// An id listed twice (a retried start whose first listing was sealed into a page meanwhile) is read once.
    /// </summary>
    public static async Task<CoachingSessionInfo[]> ExistingCoachingSessions(this IGrainFactory grains, IEnumerable<string> sessionIds) =>
        [.. (await Task.WhenAll(sessionIds.Distinct().Select(id => grains.GetGrain<ICoachingSessionGrain>(id).Get()))).OfType<CoachingSessionInfo>()];
}
