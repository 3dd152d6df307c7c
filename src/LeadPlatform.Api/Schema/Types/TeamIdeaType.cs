using GraphQL.Types;
using LeadPlatform.Abstractions.Model;

namespace LeadPlatform.Api.Schema.Types;

public sealed class TeamIdeaType : ObjectGraphType<TeamIdea>
{
    public TeamIdeaType()
    {
        Name = "TeamIdea";
        Description = "An idea from the team in a team coaching session, with the team member who takes it forward.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<IdGraphType>>("ownerId").Description("The team's manager or one of its employees.").Resolve(c => c.Source.OwnerId);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("addedAt").Resolve(c => c.Source.AddedAt);
    }
}
