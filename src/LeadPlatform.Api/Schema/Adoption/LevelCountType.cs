using GraphQL.Types;
using LeadPlatform.Api.Schema.Types;
using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Api.Schema.Adoption;

public sealed class LevelCountType : ObjectGraphType<KeyValuePair<DevelopmentLevel, long>>
{
    public LevelCountType()
    {
        Name = "DevelopmentLevelCount";
        Field<NonNullGraphType<DevelopmentLevelType>>("level").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<LongGraphType>>("count").Resolve(c => c.Source.Value);
    }
}
