using GraphQL.Types;
using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Api.Schema.Types;

public sealed class LeadershipStyleType : EnumerationGraphType<LeadershipStyle>
{
    public LeadershipStyleType() => Name = "LeadershipStyle";
}
