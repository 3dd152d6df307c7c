using LeadPlatform.Domain.Identity;

namespace LeadPlatform.Domain.Tests;

public sealed class IdSyntaxTests
{
    [Theory]
    [InlineData("org-k3x9q2m7v1p8", true)]
    [InlineData("org-k3x9q2m7v1p8/team-a1b2c3d4e5f6", true)]
    [InlineData("platform", true)] // the platform admin's tenant
    [InlineData("Garbage", false)]
    [InlineData("../sessions/1", false)]
    [InlineData("org-a/team-b/emp-c", false)]
    [InlineData("org a", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Only_the_shapes_the_api_gives_out_are_well_formed(string? id, bool wellFormed) =>
        Assert.Equal(wellFormed, IdSyntax.IsWellFormed(id));
}
