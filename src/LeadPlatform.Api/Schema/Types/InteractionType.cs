using GraphQL.Types;
using LeadPlatform.Abstractions.Model;

namespace LeadPlatform.Api.Schema.Types;

public sealed class InteractionType : ObjectGraphType<LoggedInteraction>
{
    public InteractionType()
    {
        Name = "Interaction";
        Description = "One interaction in a manager's record of hats (a logged one, or a coaching session).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The interaction id, or the coaching session's id.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("employeeId").Resolve(c => c.Source.Interaction.EmployeeId);
        Field<NonNullGraphType<HatType>>("hat").Resolve(c => c.Source.Interaction.Hat);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(c => c.Source.Interaction.At);
        Field<LeadershipStyleType>("recommendedStyle")
            .Description("The style the employee's level called for then; null when never assessed.").Resolve(c => c.Source.Interaction.Recommended);
        Field<BooleanGraphType>("styleFit").Description("Whether the hat fitted that style; null when unknown.").Resolve(c => c.Source.Interaction.Fits);
        Field<StringGraphType>("task").Description("The task the hat was judged against, when the manager named one.").Resolve(c => c.Source.Task);
        Field<StringGraphType>("note").Resolve(c => c.Source.Note);
    }
}
