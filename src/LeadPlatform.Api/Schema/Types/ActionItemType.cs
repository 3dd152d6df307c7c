using GraphQL.Types;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Api.Security;

namespace LeadPlatform.Api.Schema.Types;

public sealed class ActionItemType : ObjectGraphType<ActionItem>
{
    public ActionItemType()
    {
        Name = "ActionItem";
        Description = "A concrete next step agreed in WILL. Its texts are for the session's manager and employee only.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<StringGraphType>("description").Authorize(Policies.ContentOfSourceAction)
            .Description("What will be done. Null with a FORBIDDEN error for anyone but the session's manager and employee.")
            .Resolve(c => c.Source.Description);
        Field<StringGraphType>("needs").Authorize(Policies.ContentOfSourceAction)
            .Description("What is needed to make it happen (optional); private like description.").Resolve(c => c.Source.Needs);
        Field<NonNullGraphType<ActionOwnerType>>("owner").Resolve(c => c.Source.Owner);
        Field<NonNullGraphType<DateType>>("dueDate").Resolve(c => c.Source.DueDate);
        Field<NonNullGraphType<BooleanGraphType>>("completed").Resolve(c => c.Source.Completed);
        Field<DateTimeOffsetGraphType>("completedAt").Resolve(c => c.Source.CompletedAt);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(c => c.Source.CreatedAt);
        Field<NonNullGraphType<IdGraphType>>("sessionId").Resolve(c => c.Source.SessionId);
    }
}
