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
    /// <summary>
    /// Hands the first <paramref name="count"/> pending facts (all when null) to the manager's adoption grain in one call;
    /// true when they were taken. A copy is sent: a grain delivering in the background may add facts while this waits.
    /// </summary>
    public static async Task<bool> Deliver(IGrainFactory grains, string managerId, List<AdoptionEvent> pending, Func<Task> save, ILogger logger,
        int? count = null)
    {
        var facts = pending.Take(count ?? pending.Count).ToArray();
        if (facts.Length == 0) return false;
        try
        {
            await grains.GetGrain<IManagerAdoptionGrain>(managerId).RecordAll(facts);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "{Count} adoption facts wait for the next delivery attempt", facts.Length);
            return false;
        }
        pending.RemoveRange(0, facts.Length);
        await save();
        return true;
    }

    /// <summary>
    /// For an activation that finds facts an earlier activation saved but never handed on (its silo died in between):
    /// <see cref="DeliverOrRetry"/> shortly, on a timer, so the activation itself does not wait on the adoption grain.
    /// </summary>
    public static void DeliverSoon(IGrainBase grain, IGrainFactory grains, Func<string?> managerId, Func<List<AdoptionEvent>> pending,
        Func<Task> save, ILogger logger) =>
        grain.RegisterGrainTimer(() => DeliverOrRetry(grain, grains, managerId, pending, save, logger),
            new GrainTimerCreationOptions(TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan));

    /// <summary>How long undelivered facts wait before <see cref="DeliverOrRetry"/> tries again.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    /// <summary>
    /// <see cref="Deliver"/>, and while facts stay pending (the adoption grain or the store did not answer) again every
    /// <see cref="RetryAfter"/> on a one-shot timer of <paramref name="grain"/>, instead of waiting for a next change
    /// that may never come (a session nobody touches again). Never throws: the change that produced the facts is
    /// already saved, so its caller must not see a failure for the count's sake. Found by the hardening fault tests:
    /// with the store down for a moment, counts waited forever.
    /// </summary>
    public static async Task DeliverOrRetry(IGrainBase grain, IGrainFactory grains, Func<string?> managerId, Func<List<AdoptionEvent>> pending,
        Func<Task> save, ILogger logger)
    {
        try
        {
            if (managerId() is { } manager) await Deliver(grains, manager, pending(), save, logger);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Delivered adoption facts could not be marked as delivered yet; they are sent again (counted once)");
        }
        if (pending().Count > 0 && managerId() is not null)
            grain.RegisterGrainTimer(() => DeliverOrRetry(grain, grains, managerId, pending, save, logger),
                new GrainTimerCreationOptions(RetryAfter, Timeout.InfiniteTimeSpan));
    }
}
