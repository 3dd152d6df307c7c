using LeadPlatform.Abstractions.Adoption;
using Microsoft.Extensions.Logging;

namespace LeadPlatform.Grains;

/// <summary>
/// Delivers a grain's saved adoption facts to the manager's adoption grain in the background, so the change that
/// produced them is acknowledged after its own commit and does not wait for the adoption grain's call and commit. The
/// facts are durable in the grain's state before they are sent (a silo that dies first leaves them for the next
/// activation; the adoption grain counts each event id once). One delivery runs at a time and takes every saved fact;
/// facts saved meanwhile go with the next round; a failed round is tried again after <see cref="AdoptionOutbox.RetryAfter"/>.
/// </summary>
internal sealed class AdoptionCourier(
    IGrainBase grain,
    IGrainFactory grains,
    Func<Task<string?>> resolveManagerId,
    Func<List<AdoptionEvent>> pending,
    Func<int> saved,
    Func<Task> markDelivered,
    ILogger logger)
{
    private Task running = Task.CompletedTask;
    private IGrainTimer? retry;

    /// <summary>The delivery under way (completed when there is none); erasure and deactivation wait for it.</summary>
    public Task Running => running;

    /// <summary>Starts a delivery of the saved facts, unless one is under way (it goes on while saved facts remain).</summary>
    public void Send()
    {
        if (running.IsCompleted) running = Run();
    }

    private async Task Run()
    {
        while (saved() > 0)
        {
            // Not once the silo stops (see SiloShutdown): the facts stay saved and go out at the next activation.
            if (grain.SiloIsStopping()) return;
            string? managerId;
            try
            {
                managerId = await resolveManagerId();
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "The manager for {Count} adoption facts could not be found yet; trying again", saved());
                RetryLater();
                return;
            }
            if (managerId is null)
            {
                // Nobody to count them for (the team has no manager), as for a fact produced without one.
                pending().RemoveRange(0, saved());
                await markDelivered();
                return;
            }
            if (!await AdoptionOutbox.Deliver(grains, managerId, pending(), markDelivered, logger, saved()))
            {
                RetryLater();
                return;
            }
        }
    }

    private void RetryLater()
    {
        retry?.Dispose();
        retry = grain.RegisterGrainTimer(() =>
        {
            Send();
            return Task.CompletedTask;
        }, new GrainTimerCreationOptions(AdoptionOutbox.RetryAfter, Timeout.InfiniteTimeSpan));
    }
}
