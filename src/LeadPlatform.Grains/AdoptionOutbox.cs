using LeadPlatform.Abstractions.Adoption;
using LeadPlatform.Abstractions.Grains;
using Microsoft.Extensions.Logging;

namespace LeadPlatform.Grains;

/// <summary>
/// Hands a grain's adoption facts to the manager's adoption grain. The facts are saved in the grain's own
/// state together with the change that produced them, then delivered; a fact that could not be delivered
/// waits for the next change (or reminder tick) instead of failing the coaching or getting lost. The
/// event ids make a repeated delivery count once.
/// </summary>
internal static class AdoptionOutbox
{
    public static async Task Deliver(IGrainFactory grains, string managerId, List<AdoptionEvent> pending, Func<Task> save, ILogger logger)
    {
        if (pending.Count == 0) return;
        var adoption = grains.GetGrain<IManagerAdoptionGrain>(managerId);
        var delivered = 0;
        try
        {
            foreach (var fact in pending)
            {
                await adoption.Record(fact);
                delivered++;
            }
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "{Count} adoption facts wait for the next delivery attempt", pending.Count - delivered);
        }
        if (delivered == 0) return;
        pending.RemoveRange(0, delivered);
        await save();
    }
}
