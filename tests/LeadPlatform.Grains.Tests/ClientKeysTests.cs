using LeadPlatform.Abstractions.Errors;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Security;
using LeadPlatform.Domain.Identity;

namespace LeadPlatform.Grains.Tests;

/// <summary>The keys a consultancy issued for a client, revoked when the client is handed over.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ClientKeysTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_hand_over_revokes_the_listed_keys_and_one_whose_registration_comes_after_it_is_refused()
    {
        var grains = fixture.Grains;
        var organisationId = EntityId.New("org");
        var clientKeys = grains.GetGrain<IClientKeysGrain>(organisationId);
        var principal = new Principal(organisationId, Role.OrgAdmin, null);
        var (issued, racing) = (EntityId.New("key"), EntityId.New("key"));
        await clientKeys.Add(issued);
        await grains.GetGrain<IApiKeyGrain>(issued).Register("hash-issued", principal);
        await clientKeys.Add(racing); // listed; its registration is still on its way when the hand-over runs

        await clientKeys.RevokeAll();
        var late = await Assert.ThrowsAsync<PlatformException>(() => grains.GetGrain<IApiKeyGrain>(racing).Register("hash-racing", principal));

        Assert.Null(await grains.GetGrain<IApiKeyGrain>(issued).Authenticate("hash-issued"));
        Assert.Equal(PlatformErrorCode.Conflict, late.Code);
        Assert.Null(await grains.GetGrain<IApiKeyGrain>(racing).Authenticate("hash-racing"));
    }
}
