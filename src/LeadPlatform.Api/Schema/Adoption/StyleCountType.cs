using GraphQL.Types;
using LeadPlatform.Api.Schema.Types;
using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Api.Schema.Adoption;

public sealed class StyleCountType : ObjectGraphType<KeyValuePair<LeadershipStyle, long>>
{
    public StyleCountType()
    {
        Name = "LeadershipStyleCount";
        Field<NonNullGraphType<LeadershipStyleType>>("style").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<LongGraphType>>("count").Resolve(c => c.Source.Value);
    }
}
