using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Security;
using LeadPlatform.Api;
using LeadPlatform.Api.Security;
using Microsoft.Extensions.Options;

namespace LeadPlatform.Host;

/// <summary>
/// On the very first start without a configured <c>AdminApiKey</c>, issues a PLATFORM_ADMIN key, stores only
/// its hash and prints it once. Runs after the silo has started (registered after UseOrleans).
/// </summary>
internal sealed class AdminKeyBootstrap(
    IGrainFactory grains,
    ApiKeyIssuer issuer,
    IOptions<GatewayOptions> options,
    ILogger<AdminKeyBootstrap> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(options.Value.AdminApiKey)) return;
        var platform = grains.GetGrain<IPlatformGrain>(IPlatformGrain.Key);
        if (await platform.IsAdminBootstrapped()) return;

        // The key is stored before the claim: a first start that fails in between leaves an unknown key nobody holds and
        // the next start tries again. Claimed first, a failed registration left the platform with no admin key for good.
        var issued = await issuer.IssueAsync(new Principal(Principal.PlatformTenant, Role.PlatformAdmin, null));
        if (!await platform.ClaimAdminBootstrap())
        {
            await grains.GetGrain<IApiKeyGrain>(issued.Id).Revoke(); // another host of the cluster printed its key first
            return;
        }
        // Printed to stdout, not the log: this is the only time the key exists in clear text.
        Console.WriteLine($"""

            ==== LeadPlatform first start ====
            PLATFORM_ADMIN API key (shown once, store it safely):
              {issued.Key}
            ==================================

            """);
        logger.LogInformation("Generated the first PLATFORM_ADMIN key {KeyId}", issued.Id);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
