using static LeadPlatform.Api.Tests.Security.ApiKeyCacheApiTests;

namespace LeadPlatform.Api.Tests.Security;

/// <summary>
/// Two gateways with their own key caches: the silo-and-gateway host, and a gateway-only host that is an Orleans
/// client of it (in-process). A revocation through either is effective on both by the time it returns.
/// </summary>
public sealed class TwoGatewayRevocationTests : IAsyncLifetime
{
    private readonly TestHost silo;
    private readonly TestHost gateway;

    public TwoGatewayRevocationTests()
    {
        var gatewayPort = FreePort.Next().ToString();
        silo = new TestHost(extra: new Dictionary<string, string?> { ["LeadPlatform:Orleans:GatewayPort"] = gatewayPort });
        gateway = new TestHost(extra: new Dictionary<string, string?>
        {
            ["LeadPlatform:Role"] = "Gateway",
            ["LeadPlatform:Orleans:GatewayPort"] = gatewayPort,
        });
    }

    public async Task InitializeAsync()
    {
        (await silo.Graph("{ me { role } }")).Ok();
        (await gateway.Graph("{ me { role } }")).Ok();
    }

    public async Task DisposeAsync()
    {
        await gateway.DisposeAsync();
        await silo.DisposeAsync();
        silo.DeleteData();
        gateway.DeleteData();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_key_revoked_through_one_gateway_is_refused_by_both_on_the_very_next_request(bool revokeThroughTheSilosGateway)
    {
        var key = await Issue(silo, await NewOrganisation(silo), "ORG_ADMIN", null);
        await AssertServedFromCache(silo, key);
        await AssertServedFromCache(gateway, key);

        var revoking = revokeThroughTheSilosGateway ? silo : gateway;
        Assert.True((await revoking.Graph("mutation($k:ID!){ revokeApiKey(keyId:$k) }", new { k = KeyId(key) })).Ok().At("revokeApiKey").GetBoolean());

        Assert.Equal(401, (await gateway.Graph("{ me { role } }", key: key)).Status);
        Assert.Equal(401, (await silo.Graph("{ me { role } }", key: key)).Status);
    }
}
