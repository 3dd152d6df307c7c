using GraphQL.Types;
using LeadPlatform.Abstractions.Model;

namespace LeadPlatform.Api.Schema.Types;

public sealed class RecordedQuestionType : ObjectGraphType<RecordedQuestion>
{
    public RecordedQuestionType()
    {
        Name = "RecordedQuestion";
        Description = "A question the manager asked in a session, with its analysis.";
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<GrowStageType>>("stage").Resolve(c => c.Source.Stage);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("askedAt").Resolve(c => c.Source.AskedAt);
        Field<NonNullGraphType<QuestionKindType>>("kind").Resolve(c => c.Source.Analysis.Kind);
        Field<NonNullGraphType<QuestionAnalysisType>>("analysis").Resolve(c => c.Source.Analysis);
    }
}
