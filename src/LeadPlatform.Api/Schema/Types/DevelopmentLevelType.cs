using GraphQL.Types;
using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Api.Schema.Types;

public sealed class DevelopmentLevelType : EnumerationGraphType<DevelopmentLevel>
{
    public DevelopmentLevelType() => Name = "DevelopmentLevel";

    /// <summary>D1..D4 as written in SLII (the default CONSTANT_CASE would make them D_1..D_4).</summary>
    protected override string ChangeEnumCase(string val) => val;
}
