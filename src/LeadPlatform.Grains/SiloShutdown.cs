using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LeadPlatform.Grains;

/// <summary>
/// Whether the silo a grain runs on has begun to stop. Background sends to another grain check it before each send: on a
/// single silo the receiver may already have nowhere to run, and Orleans would only log errors for a send that cannot
/// succeed. What a sender holds back is durable and goes out at its next activation.
/// </summary>
internal static class SiloShutdown
{
    public static bool SiloIsStopping(this IGrainBase grain) =>
        grain.GrainContext.ActivationServices.GetService<IHostApplicationLifetime>()?.ApplicationStopping.IsCancellationRequested == true;
}
