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
        if (!await grains.GetGrain<IPlatformGrain>(IPlatformGrain.Key).ClaimAdminBootstrap()) return;

        var issued = await issuer.IssueAsync(new Principal(Principal.PlatformTenant, Role.PlatformAdmin, null));
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
