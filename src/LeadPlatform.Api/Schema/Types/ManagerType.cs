using GraphQL.Types;
using LeadPlatform.Abstractions.Model;

namespace LeadPlatform.Api.Schema.Types;

public sealed class ManagerType : ObjectGraphType<ManagerInfo>
{
    public ManagerType()
    {
        Name = "Manager";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<TeamType>>("team").ResolveAsync(async c => await c.Reader().Team(c.Source.TeamId));
    }
}
