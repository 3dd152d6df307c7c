using GraphQL.Types;
using LeadPlatform.Domain.Coaching.Feedback;

namespace LeadPlatform.Api.Schema.Types;

public sealed class SessionFeedbackType : ObjectGraphType<SessionFeedback>
{
    public SessionFeedbackType()
    {
        Name = "SessionFeedback";
        Description = "Coaching-quality feedback on a whole session.";
        Field<NonNullGraphType<FloatGraphType>>("openQuestionRatio")
            .Description("Open / (open + closed) recorded questions; 0 when none were asked.").Resolve(c => c.Source.OpenQuestionRatio);
        Field<NonNullGraphType<IntGraphType>>("openQuestions").Resolve(c => c.Source.OpenQuestions);
        Field<NonNullGraphType<IntGraphType>>("closedQuestions").Resolve(c => c.Source.ClosedQuestions);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PitfallType>>>>("pitfalls").Resolve(c => c.Source.Pitfalls);
    }
}
