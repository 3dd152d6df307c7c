using GraphQL.Types;
using LeadPlatform.Abstractions.Model;

namespace LeadPlatform.Api.Schema.Types;

public sealed class NudgeType : ObjectGraphType<RaisedNudge>
{
    public NudgeType()
    {
        Name = "Nudge";
        Description = "A follow-up reminder for the manager: an overdue or due-soon action, or too long without coaching.";
        Field<NonNullGraphType<NudgeKindType>>("kind").Resolve(c => c.Source.Nudge.Kind);
        Field<NonNullGraphType<StringGraphType>>("message").Resolve(c => c.Source.Nudge.Message);
        Field<IdGraphType>("actionId").Resolve(c => c.Source.Nudge.ActionId);
        Field<DateType>("dueDate").Resolve(c => c.Source.Nudge.DueDate);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("raisedAt").Description("Since when the nudge stands.").Resolve(c => c.Source.RaisedAt);
    }
}
