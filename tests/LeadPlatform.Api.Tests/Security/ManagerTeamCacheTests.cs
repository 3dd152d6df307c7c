using LeadPlatform.Abstractions.Security;
using LeadPlatform.Api.Security;
using Microsoft.Extensions.Options;

namespace LeadPlatform.Api.Tests.Security;

public sealed class ManagerTeamCacheTests
{
    private static readonly Principal Manager = new("org-a", Role.Manager, "org-a/manager-1");

    [Fact]
    public void A_managers_team_is_found_only_for_a_principal_of_the_same_tenant()
    {
        var cache = new ManagerTeamCache(Options.Create(new ApiKeyCacheOptions()));
        Assert.Null(cache.Find(Manager));

        cache.Store(Manager, "org-a/team-1");

        Assert.Equal("org-a/team-1", cache.Find(Manager));
        Assert.Null(cache.Find(Manager with { TenantId = "org-b" })); // a key of another tenant naming the same manager
    }

    [Fact]
    public void A_disabled_cache_keeps_nothing()
    {
        var cache = new ManagerTeamCache(Options.Create(new ApiKeyCacheOptions { Enabled = false }));
        cache.Store(Manager, "org-a/team-1");
        Assert.Null(cache.Find(Manager));
    }
}
