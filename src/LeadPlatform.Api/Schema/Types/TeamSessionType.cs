using GraphQL.Types;
using LeadPlatform.Abstractions.Model;

namespace LeadPlatform.Api.Schema.Types;

public sealed class TeamSessionType : ObjectGraphType<TeamSessionInfo>
{
    public TeamSessionType()
    {
        Name = "TeamSession";
        Description = "A team coaching session: the team's own ideas on a topic, each with an owner (see addTeamIdea).";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("topic").Resolve(c => c.Source.Topic);
        Field<NonNullGraphType<TeamType>>("team").ResolveAsync(async c => await c.Reader().Team(c.Source.TeamId));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("startedAt").Resolve(c => c.Source.StartedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TeamIdeaType>>>>("ideas").Resolve(c => c.Source.Ideas);
    }
}
