using LeadPlatform.Abstractions.Errors;
using Microsoft.Extensions.Logging;

namespace LeadPlatform.Grains.Resilience;

/// <summary>
/// After a grain call fails with anything but a refusal (<see cref="PlatformException"/>), typically a state write
/// the store refused, the activation is dropped, so the next call reads what is stored. Grains change their state in
/// memory before they save it; without this, a write the caller was told had failed stayed visible in the
/// activation (and a count it carried was never redelivered) until the grain happened to be collected, and then
/// vanished. Found by the hardening fault tests (store made read-only under load). Calls waiting behind the failed one go
/// to the next activation and read what is stored.
/// </summary>
public sealed class ReloadAfterFailureFilter(ILogger<ReloadAfterFailureFilter> logger) : IIncomingGrainCallFilter
{
    /// <summary>
    /// Whether an activation ends because a call failed: what it holds in memory may be that call's half-made change, so
    /// it must not be written on the way out.
    /// </summary>
    public static bool DroppedAfterFailure(DeactivationReason reason) => reason.ReasonCode == DeactivationReasonCode.ApplicationError;

    public async Task Invoke(IIncomingGrainCallContext context)
    {
        try
        {
            await context.Invoke();
        }
        catch (Exception e) when (e is not PlatformException && context.Grain is Grain grain
                                  && grain.GetType().Namespace?.StartsWith("LeadPlatform.", StringComparison.Ordinal) == true)
        {
            logger.LogWarning(e, "{Grain} failed in {Method}; its activation is dropped so the next call reloads its stored state",
                context.TargetId, context.ImplementationMethod.Name);
            // No exception in the reason: Orleans rejects the calls queued behind this one with a reason's exception, so
            // each would fail with this call's error; without one it sends them on to a fresh activation. Logged above.
            context.TargetContext.Deactivate(new DeactivationReason(DeactivationReasonCode.ApplicationError,
                "A call failed; the in-memory state may hold changes the store did not take."));
            throw;
        }
    }
}
