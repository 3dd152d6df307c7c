using GraphQL.Types;
using LeadPlatform.Domain.Coaching.Feedback;

namespace LeadPlatform.Api.Schema.Types;

public sealed class PitfallType : ObjectGraphType<Pitfall>
{
    public PitfallType()
    {
        Name = "Pitfall";
        Description = "A coaching pitfall found in a session: when, in which stage, the sentence that showed it, and advice.";
        Field<NonNullGraphType<PitfallKindType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<GrowStageType>>("stage").Resolve(c => c.Source.Stage);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(c => c.Source.At);
        Field<NonNullGraphType<StringGraphType>>("trigger").Description("The sentence that triggered it.").Resolve(c => c.Source.Trigger);
        Field<NonNullGraphType<StringGraphType>>("advice").Description("What to do instead, in the session language.").Resolve(c => c.Source.Advice);
    }
}
