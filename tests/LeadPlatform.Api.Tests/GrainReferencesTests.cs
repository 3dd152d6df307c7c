using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Api.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace LeadPlatform.Api.Tests;

/// <summary>The gateway's grain references (interface type looked up once) address the same grains as Orleans' own factory.</summary>
[Collection(HostCollection.Name)]
public sealed class GrainReferencesTests(HostFixture fixture)
{
    [Fact]
    public void A_reference_names_the_same_grain_and_interface_as_the_grain_factory()
    {
        var references = fixture.Host.Services.GetRequiredService<GrainReferences>();
        var factory = fixture.Host.Services.GetRequiredService<IGrainFactory>();
        foreach (var key in new[] { "org-a/emp-1", "org-a/emp-2" })
        {
            var ours = (GrainReference)(object)references.GetGrain<IEmployeeGrain>(key);
            var theirs = (GrainReference)(object)factory.GetGrain<IEmployeeGrain>(key);
            Assert.Equal(theirs.GrainId, ours.GrainId);
            Assert.Equal(theirs.InterfaceType, ours.InterfaceType);
            Assert.IsAssignableFrom<IEmployeeGrain>(ours);
        }
        var team = (GrainReference)(object)references.GetGrain<ITeamGrain>("org-a/team-1");
        Assert.Equal(((GrainReference)(object)factory.GetGrain<ITeamGrain>("org-a/team-1")).GrainId, team.GrainId);
    }

    [Fact]
    public void An_empty_key_is_refused_as_by_the_grain_factory() =>
        Assert.ThrowsAny<ArgumentException>(() => fixture.Host.Services.GetRequiredService<GrainReferences>().GetGrain<IEmployeeGrain>(" "));
}
